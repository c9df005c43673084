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

export const MAIL_DELIVERIES = 'notifications.deliveries';
/** The one document of MAIL_DELIVERIES. */
export const MAIL_DELIVERIES_ID = 'all';

/** Every message the ledger sent or tried to send (reminders and test messages): counts and the latest of each outcome. */
export interface MailDeliveries {
  sent: number;
  failed: number;
  /** Claimed or requested with no outcome yet (being sent, or stranded by a stop mid-send). */
  pending: number;
  lastSentAt: string | null;
  lastFailure: { at: string; kind: string; subject: string; reason: string } | null;
}

export interface MailDeliveriesDoc extends MailDeliveries {
  [key: string]: unknown;
  id: typeof MAIL_DELIVERIES_ID;
}
