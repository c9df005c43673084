import { defineProjection, updateDocument } from '@ledger/event-store-core';
import { ReminderEvent } from '@ledger/notifications-domain';
import { REMINDERS, ReminderDoc } from './collections';

/** Every reminder claimed, sent or failed: who was told what and when (by subject line, never the body or the address). */
export const remindersProjection = defineProjection<ReminderEvent>({
  name: 'notifications.reminders',
  version: 1,
  collections: [REMINDERS],
  on: {
    ReminderClaimed({ streamId, data: { kind, recipientId, subject, about }, metadata }, tx) {
      tx.put(REMINDERS, streamId, {
        id: streamId,
        kind,
        recipientId,
        subject,
        about,
        status: 'CLAIMED',
        claimedAt: metadata.recordedAt,
        messageId: null,
        attempts: null,
        settledAt: null,
        reason: null,
      } satisfies ReminderDoc);
    },
    ReminderSent: ({ streamId, data: { messageId, attempts, sentAt } }, tx) =>
      updateDocument<ReminderDoc>(tx, REMINDERS, streamId, (doc) => ({ ...doc, status: 'SENT', messageId, attempts, settledAt: sentAt })),
    ReminderFailed: ({ streamId, data: { attempts, failedAt, reason } }, tx) =>
      updateDocument<ReminderDoc>(tx, REMINDERS, streamId, (doc) => ({ ...doc, status: 'FAILED', attempts, settledAt: failedAt, reason })),
  },
});
