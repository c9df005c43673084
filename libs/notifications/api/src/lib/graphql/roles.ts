import { PERMISSIONS } from '@ledger/shared-domain';

// Reminder preferences are each signed-in person's own: no role gates them (the decider checks the
// person sets only their own), so nothing here names a line of the shared permissions map.
export const REMINDER_PREFERENCE_HOLDERS = 'every signed-in user' as const;

/** The Settings page's mail section: the settings, and the test message. */
export const MAIL_ADMINISTRATORS = PERMISSIONS.administerSettings;
