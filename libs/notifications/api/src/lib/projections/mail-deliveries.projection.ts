import { ProjectionTx, defineProjection, upsertDocument } from '@ledger/event-store-core';
import { ReminderEvent, TestMessageEvent } from '@ledger/notifications-domain';
import { MAIL_DELIVERIES, MAIL_DELIVERIES_ID, MailDeliveriesDoc } from './collections';

const EMPTY: MailDeliveriesDoc = { id: MAIL_DELIVERIES_ID, sent: 0, failed: 0, pending: 0, lastSentAt: null, lastFailure: null };

const change = (tx: ProjectionTx, update: (doc: MailDeliveriesDoc) => MailDeliveriesDoc) => upsertDocument(tx, MAIL_DELIVERIES, MAIL_DELIVERIES_ID, EMPTY, update);

const started = (doc: MailDeliveriesDoc): MailDeliveriesDoc => ({ ...doc, pending: doc.pending + 1 });
const sent = (at: string) => (doc: MailDeliveriesDoc): MailDeliveriesDoc => ({ ...doc, pending: Math.max(0, doc.pending - 1), sent: doc.sent + 1, lastSentAt: at });
const failed = (lastFailure: NonNullable<MailDeliveriesDoc['lastFailure']>) => (doc: MailDeliveriesDoc): MailDeliveriesDoc => ({
  ...doc,
  pending: Math.max(0, doc.pending - 1),
  failed: doc.failed + 1,
  lastFailure,
});

/**
 * How mail has gone, for the Settings page (one document, so reading it is one lookup): how many
 * messages were sent, failed or are under way, when the last went and the last failure's reason.
 */
export const mailDeliveriesProjection = defineProjection<ReminderEvent | TestMessageEvent>({
  name: 'notifications.deliveries',
  version: 1,
  collections: [MAIL_DELIVERIES],
  on: {
    ReminderClaimed: (_event, tx) => change(tx, started),
    ReminderSent: ({ data }, tx) => change(tx, sent(data.sentAt)),
    ReminderFailed: ({ data }, tx) => change(tx, failed({ at: data.failedAt, kind: data.kind, subject: data.subject, reason: data.reason })),
    TestMessageRequested: (_event, tx) => change(tx, started),
    TestMessageSent: ({ data }, tx) => change(tx, sent(data.sentAt)),
    TestMessageFailed: ({ data }, tx) => change(tx, failed({ at: data.failedAt, kind: 'TEST_MESSAGE', subject: data.subject, reason: data.reason })),
  },
});
