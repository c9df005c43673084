import { DomainEvent, ProjectionRunner } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { TEST_STORE_KINDS, openTestStores } from '@ledger/runtime/testing';
import { NOTIFICATIONS_PROJECTIONS, REMINDERS, REMINDER_PREFERENCES } from './index';

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

  it('rebuilt from the log gives the same read models as folded live', async () => {
    await record('reminder-preferences-u1', preferences(true, false));
    await record(DIGEST, claimed);
    const live = [await stores.readModels.list(REMINDER_PREFERENCES), await stores.readModels.list(REMINDERS)];
    await runner.rebuild();
    expect([await stores.readModels.list(REMINDER_PREFERENCES), await stores.readModels.list(REMINDERS)]).toEqual(live);
  });
});
