import { defineProjection } from '@ledger/event-store-core';
import { ReminderPreferencesEvent } from '@ledger/notifications-domain';
import { REMINDER_PREFERENCES, ReminderPreferencesDoc } from './collections';

/** Each person's choice of reminders; a person with no document has every kind on. */
export const reminderPreferencesProjection = defineProjection<ReminderPreferencesEvent>({
  name: 'notifications.preferences',
  version: 1,
  collections: [REMINDER_PREFERENCES],
  on: {
    ReminderPreferencesSet({ data: { userId, dailyDigest, decisionRequests }, revision }, tx) {
      tx.put(REMINDER_PREFERENCES, userId, { id: userId, userId, dailyDigest, decisionRequests, revision } satisfies ReminderPreferencesDoc);
    },
  },
});

