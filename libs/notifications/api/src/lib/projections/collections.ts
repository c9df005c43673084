export const REMINDER_PREFERENCES = 'notifications.preferences';

export interface ReminderPreferencesDoc {
  [key: string]: unknown;
  /** The user's id, as every read-model document names itself. */
  id: string;
  userId: string;
  dailyDigest: boolean;
  decisionRequests: boolean;
  revision: number;
}

export const REMINDERS = 'notifications.reminders';

/** One reminder message (its stream): who it was for, what it said on its subject line, and whether it went. */
export interface ReminderDoc {
  [key: string]: unknown;
  /** The reminder's stream id: reminder-digest-<user>-<day> or reminder-decision-<review>-<user>. */
  id: string;
  kind: string;
  recipientId: string;
  subject: string;
  about: string;
  status: 'CLAIMED' | 'SENT' | 'FAILED';
  claimedAt: string;
  messageId: string | null;
  attempts: number | null;
  /** When it was sent, or when it was given up. */
  settledAt: string | null;
  reason: string | null;
}
