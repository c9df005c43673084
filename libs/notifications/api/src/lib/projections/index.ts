import { mailDeliveriesProjection } from './mail-deliveries.projection';
import { reminderPreferencesProjection } from './reminder-preferences.projection';
import { remindersProjection } from './reminders.projection';

export * from './collections';
export * from './mail-deliveries.projection';
export * from './reminder-preferences.projection';
export * from './reminders.projection';

export const NOTIFICATIONS_PROJECTIONS = [reminderPreferencesProjection, remindersProjection, mailDeliveriesProjection];
