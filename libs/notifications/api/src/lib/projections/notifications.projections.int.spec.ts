import { DomainEvent, ProjectionRunner } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { TEST_STORE_KINDS, openTestStores } from '@ledger/runtime/testing';
import { MAIL_DELIVERIES, MAIL_DELIVERIES_ID, NOTIFICATIONS_PROJECTIONS, REMINDERS, REMINDER_PREFERENCES } from './index';

describe.each(TEST_STORE_KINDS)('notifications projections on %s', (kind) => {
  let stores: Stores;
  let runner: ProjectionRunner;
  const revisions = new Map<string, number>();
  beforeEach(async () => {
    stores = await openTestStores(kind);
    runner = new ProjectionRunner(stores.eventStore, stores.readModels, NOTIFICATIONS_PROJECTIONS);
    revisions.clear();
  });
  afterEach(async () => stores.close());

  const record = async (streamId: string, event: DomainEvent) => {
    const result = await stores.eventStore.append(streamId, [event], { expectedRevision: revisions.get(streamId) ?? 0, command: commandMetadata() });
    revisions.set(streamId, result.nextRevision);
    await runner.waitFor(result.position);
  };
  const DIGEST = 'reminder-digest-u1-2026-11-30';
  const subject = 'Governance reminders for 30 November 2026: 1 to do, 1 overdue';
  const claimed = { type: 'ReminderClaimed', data: { kind: 'DAILY_DIGEST', recipientId: 'u1', subject, about: '2026-11-30' } };
  const preferences = (dailyDigest: boolean, decisionRequests: boolean) => ({ type: 'ReminderPreferencesSet', data: { userId: 'u1', dailyDigest, decisionRequests } });

  it('ReminderPreferencesSet keeps the person’s latest choice', async () => {
    await record('reminder-preferences-u1', preferences(false, true));
    await record('reminder-preferences-u1', preferences(false, false));
    expect(await stores.readModels.get(REMINDER_PREFERENCES, 'u1')).toEqual({ id: 'u1', userId: 'u1', dailyDigest: false, decisionRequests: false, revision: 2 });
  });

  it('ReminderClaimed lists the message as claimed, ReminderSent as sent with its message id', async () => {
    await record(DIGEST, claimed);
    expect(await stores.readModels.get(REMINDERS, DIGEST)).toMatchObject({ status: 'CLAIMED', recipientId: 'u1', subject, messageId: null });
    await record(DIGEST, { type: 'ReminderSent', data: { kind: 'DAILY_DIGEST', recipientId: 'u1', subject, messageId: '<m1@x>', attempts: 2, sentAt: '2026-11-30T07:00:05.000Z' } });
    expect(await stores.readModels.get(REMINDERS, DIGEST)).toMatchObject({ status: 'SENT', messageId: '<m1@x>', attempts: 2, settledAt: '2026-11-30T07:00:05.000Z' });
  });

  it('ReminderFailed lists the message as failed with the reason', async () => {
    await record(DIGEST, claimed);
    await record(DIGEST, { type: 'ReminderFailed', data: { kind: 'DAILY_DIGEST', recipientId: 'u1', subject, attempts: 5, reason: 'ECONNREFUSED', failedAt: '2026-11-30T07:15:00.000Z' } });
    expect(await stores.readModels.get(REMINDERS, DIGEST)).toMatchObject({ status: 'FAILED', attempts: 5, reason: 'ECONNREFUSED' });
  });

  it('counts every message in notifications.deliveries: claimed or requested as pending, then sent or failed, with the last failure', async () => {
    const TEST = 'test-message-t1';
    const test = { recipientId: null, to: 'pii:v1:test-message-t1:iv:tag:x', subject: 'Test message from the Governance Ledger' };
    const deliveries = () => stores.readModels.get(MAIL_DELIVERIES, MAIL_DELIVERIES_ID);
    await record(DIGEST, claimed);
    await record(TEST, { type: 'TestMessageRequested', data: test });
    expect(await deliveries()).toMatchObject({ sent: 0, failed: 0, pending: 2, lastSentAt: null, lastFailure: null });
    await record(DIGEST, { type: 'ReminderSent', data: { kind: 'DAILY_DIGEST', recipientId: 'u1', subject, messageId: '<m1@x>', attempts: 1, sentAt: '2026-11-30T07:00:05.000Z' } });
    await record(TEST, { type: 'TestMessageFailed', data: { ...test, attempts: 1, reason: '550 5.1.1 Mailbox unavailable', failedAt: '2026-11-30T10:00:00.000Z' } });
    expect(await deliveries()).toEqual({
      id: MAIL_DELIVERIES_ID,
      sent: 1,
      failed: 1,
      pending: 0,
      lastSentAt: '2026-11-30T07:00:05.000Z',
      lastFailure: { at: '2026-11-30T10:00:00.000Z', kind: 'TEST_MESSAGE', subject: test.subject, reason: '550 5.1.1 Mailbox unavailable' },
    });
    await record('test-message-t2', { type: 'TestMessageRequested', data: test });
    await record('test-message-t2', { type: 'TestMessageSent', data: { ...test, messageId: '<t2@x>', attempts: 1, sentAt: '2026-11-30T10:01:00.000Z' } });
    await record('reminder-digest-u2-2026-11-30', { ...claimed, data: { ...claimed.data, recipientId: 'u2' } });
    await record('reminder-digest-u2-2026-11-30', { type: 'ReminderFailed', data: { kind: 'DAILY_DIGEST', recipientId: 'u2', subject, attempts: 5, reason: 'ECONNREFUSED', failedAt: '2026-11-30T10:02:00.000Z' } });
    expect(await deliveries()).toMatchObject({ sent: 2, failed: 2, pending: 0, lastSentAt: '2026-11-30T10:01:00.000Z', lastFailure: { kind: 'DAILY_DIGEST', reason: 'ECONNREFUSED' } });
  });

  it('rebuilt from the log gives the same read models as folded live', async () => {
    await record('reminder-preferences-u1', preferences(true, false));
    await record(DIGEST, claimed);
    await record('test-message-t1', { type: 'TestMessageRequested', data: { recipientId: 'u1', to: 'pii:v1:u1:iv:tag:x', subject: 'Test' } });
    const collections = [REMINDER_PREFERENCES, REMINDERS, MAIL_DELIVERIES];
    const live = await Promise.all(collections.map((collection) => stores.readModels.list(collection)));
    await runner.rebuild();
    expect(await Promise.all(collections.map((collection) => stores.readModels.list(collection)))).toEqual(live);
  });
});
