import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError, DomainEvent } from '@ledger/domain-kernel';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandMetadata, EventMetadata } from '../envelope';
import { hashEvent } from '../hash-chain';
import { LogCheckpoints, parseCheckpointFile } from '../checkpoints/log-checkpoints';
import { EventStore } from '../event-store';
import { followLog } from '../follow';
import { InMemoryEventStore } from '../in-memory-event-store';
import { SealedEvent } from '../hash-chain';
import { StoreIntegrityError } from '../errors';
import { verifyEventLog } from '../verify';

export interface EventStoreHarness {
  store: EventStore;
  /** Opens another client on the same storage: a second process, for concurrent writers. */
  openAnother(): Promise<EventStore>;
  /** Rewrites a stored event's data behind the port's back, as an attacker with SQL access would. */
  tamperWithData?(position: bigint, data: unknown): Promise<void>;
  /** Deletes a stored event behind the port's back. */
  deleteEvent?(position: bigint): Promise<void>;
  /** Overwrites a stored event's data and metadata (hashes included), as a DBA covering their tracks would. */
  overwriteEvent?(position: bigint, data: unknown, metadata: EventMetadata): Promise<void>;
  dispose(): Promise<void>;
}

export function commandMetadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  const commandId = overrides.commandId ?? randomUUID();
  return {
    commandId,
    correlationId: commandId,
    causationId: commandId,
    actorId: 'user-contract',
    actorRoles: ['ADMIN'],
    now: new Date('2026-03-01T10:00:00.000Z'),
    ...overrides,
  };
}

const event = (n: number): DomainEvent => ({ type: 'ThingHappened', data: { n, label: `thing ${n}`, nested: { b: 2, a: [1, 'x'] } } });

/**
 * The one contract every adapter passes. `open` returns a harness on empty storage;
 * pass `skipReason` to report the whole suite as skipped (a server that is not reachable here).
 */
export function describeEventStoreContract(
  adapterName: string,
  open: () => Promise<EventStoreHarness>,
  options: { skipReason?: string; writers?: number } = {},
): void {
  const suite = options.skipReason ? describe.skip : describe;
  if (options.skipReason) {
    console.warn(`${adapterName} event-store contract SKIPPED: ${options.skipReason}`);
  }
  const title = options.skipReason ? `${adapterName} event-store contract (skipped: ${options.skipReason})` : `${adapterName} event-store contract`;

  suite(title, () => {
    let harness: EventStoreHarness;
    let store: EventStore;
    const stream = () => `thing-${randomUUID()}`;

    beforeEach(async () => {
      harness = await open();
      store = harness.store;
    });
    afterEach(async () => {
      await harness?.dispose();
    });

    it('appends to a new stream and reads it back with full metadata', async () => {
      const id = stream();
      const command = commandMetadata({ actorId: 'hr-lead', actorRoles: ['HR_LEAD'] });
      const result = await store.append(id, [event(1), event(2)], { expectedRevision: 0, command });
      expect(result.nextRevision).toBe(2);
      expect(result.idempotent).toBe(false);

      const read = await store.readStream(id);
      expect(read.map((e) => e.revision)).toEqual([1, 2]);
      expect(read[1].position).toBe(result.position);
      expect(read[0].data).toEqual(event(1).data);
      expect(read[0].metadata).toMatchObject({
        commandId: command.commandId,
        correlationId: command.correlationId,
        causationId: command.causationId,
        actorId: 'hr-lead',
        actorRoles: ['HR_LEAD'],
        recordedAt: '2026-03-01T10:00:00.000Z',
        schemaVersion: 1,
      });
      expect(read[0].metadata.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(read[1].metadata.prevHash).toBe(read[0].metadata.hash);
    });

    it('refuses a stale expected revision with a typed conflict and writes nothing', async () => {
      const id = stream();
      await store.append(id, [event(1)], { expectedRevision: 0, command: commandMetadata() });
      await store.append(id, [event(2)], { expectedRevision: 1, command: commandMetadata() });
      const stale = store.append(id, [event(3)], { expectedRevision: 1, command: commandMetadata() });
      await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflictError);
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', expectedRevision: 1, actualRevision: 2 });
      const creation = store.append(id, [event(3)], { expectedRevision: 0, command: commandMetadata() });
      await expect(creation).rejects.toBeInstanceOf(ConcurrencyConflictError);
      expect((await store.readStream(id)).length).toBe(2);
    });

    it('treats a retried commandId as already applied: same result, nothing new', async () => {
      const id = stream();
      const command = commandMetadata();
      const first = await store.append(id, [event(1), event(2)], { expectedRevision: 0, command });
      const retry = await store.append(id, [event(1), event(2)], { expectedRevision: 0, command });
      expect(retry).toEqual({ nextRevision: first.nextRevision, position: first.position, idempotent: true });
      expect((await store.readStream(id)).length).toBe(2);
      expect(await store.headPosition()).toBe(first.position);
    });

    it('reads a stream by revision range', async () => {
      const id = stream();
      await store.append(id, [1, 2, 3, 4].map(event), { expectedRevision: 0, command: commandMetadata() });
      expect((await store.readStream(id, { fromRevision: 2, toRevision: 3 })).map((e) => e.revision)).toEqual([2, 3]);
      expect((await store.readStream(id, { fromRevision: 4 })).map((e) => e.revision)).toEqual([4]);
      expect(await store.readStream(stream())).toEqual([]);
    });

    it('reads the whole log in global order with from, to and limit', async () => {
      const a = stream();
      const b = stream();
      await store.append(a, [event(1)], { expectedRevision: 0, command: commandMetadata() });
      await store.append(b, [event(2), event(3)], { expectedRevision: 0, command: commandMetadata() });
      await store.append(a, [event(4)], { expectedRevision: 1, command: commandMetadata() });
      const all = await store.readAll();
      expect(all.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3, 4]);
      const positions = all.map((e) => e.position);
      expect([...positions].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(positions);
      expect(new Set(positions).size).toBe(4);
      expect(await store.headPosition()).toBe(positions[3]);

      expect((await store.readAll({ from: positions[1], to: positions[2] })).map((e) => e.position)).toEqual([positions[1], positions[2]]);
      expect((await store.readAll({ from: positions[1], limit: 2 })).map((e) => e.position)).toEqual([positions[1], positions[2]]);
      expect(await store.readAll({ from: positions[3] + 1n })).toEqual([]);
    });

    it('reads the log as at an instant with until', async () => {
      const id = stream();
      await store.append(id, [event(1)], { expectedRevision: 0, command: commandMetadata({ now: new Date('2026-01-01T00:00:00Z') }) });
      await store.append(id, [event(2)], { expectedRevision: 1, command: commandMetadata({ now: new Date('2026-02-01T00:00:00Z') }) });
      await store.append(id, [event(3)], { expectedRevision: 2, command: commandMetadata({ now: new Date('2026-03-01T00:00:00Z') }) });
      const asOf = await store.readAll({ until: new Date('2026-02-01T00:00:00Z') });
      expect(asOf.map((e) => (e.data as { n: number }).n)).toEqual([1, 2]);
      expect(await store.readAll({ until: new Date('2025-12-31T23:59:59Z') })).toEqual([]);
    });

    it('reads as at an instant events recorded out of order (imports, clocks of other instances)', async () => {
      const id = stream();
      await store.append(id, [event(1)], { expectedRevision: 0, command: commandMetadata({ now: new Date('2026-01-01T00:00:00Z') }) });
      await store.append(id, [event(2)], { expectedRevision: 1, command: commandMetadata({ now: new Date('2026-03-01T00:00:00Z') }) });
      // Recorded before the previous event, appended after it: its recordedAt is not in position order.
      await store.append(stream(), [event(3)], { expectedRevision: 0, command: commandMetadata({ now: new Date('2026-02-01T00:00:00Z') }) });
      await store.append(id, [event(4)], { expectedRevision: 2, command: commandMetadata({ now: new Date('2026-04-01T00:00:00Z') }) });
      const n = async (until: string, more: { limit?: number; from?: bigint } = {}) =>
        (await store.readAll({ until: new Date(until), ...more })).map((e) => (e.data as { n: number }).n);
      expect(await n('2026-02-15T00:00:00Z')).toEqual([1, 3]);
      expect(await n('2026-03-15T00:00:00Z')).toEqual([1, 2, 3]);
      expect(await n('2026-03-15T00:00:00Z', { limit: 2 })).toEqual([1, 2]);
      const positions = (await store.readAll()).map((e) => e.position);
      expect(await n('2026-03-15T00:00:00Z', { from: positions[2] })).toEqual([3]);
      expect(await n('2026-12-31T00:00:00Z')).toEqual([1, 2, 3, 4]);
      expect(await n('2025-12-31T00:00:00Z')).toEqual([]);
    });

    it('chains hashes per stream and verifies the whole log', async () => {
      const a = stream();
      await store.append(a, [event(1), event(2)], { expectedRevision: 0, command: commandMetadata() });
      await store.append(stream(), [event(3)], { expectedRevision: 0, command: commandMetadata() });
      await store.append(a, [event(4)], { expectedRevision: 2, command: commandMetadata() });
      const report = await verifyEventLog(store);
      expect(report).toEqual({ ok: true, eventsChecked: 4, firstBrokenPosition: null, reason: null, checkpointsChecked: 0, latestCheckpoint: null, eventsAfterLatestCheckpoint: 4 });
    });

    it('detects an event altered directly in storage and names its position', async () => {
      if (!harness.tamperWithData) {
        expect(store.kind).toBe('eventstoredb'); // only an append-only server has no way to alter
        return;
      }
      const id = stream();
      await store.append(id, [event(1), event(2), event(3)], { expectedRevision: 0, command: commandMetadata() });
      const target = (await store.readStream(id))[1];
      await harness.tamperWithData(target.position, { n: 2, label: 'quietly changed', nested: { b: 2, a: [1, 'x'] } });
      const report = await verifyEventLog(store);
      expect(report.ok).toBe(false);
      expect(report.firstBrokenPosition).toBe(target.position);
      expect(report.eventsChecked).toBe(1);
      expect(report.reason).toMatch(/altered/);
    });

    it('detects an event deleted directly in storage', async () => {
      if (!harness.deleteEvent) {
        expect(store.kind).toBe('eventstoredb');
        return;
      }
      const id = stream();
      await store.append(id, [event(1), event(2), event(3)], { expectedRevision: 0, command: commandMetadata() });
      const [, second, third] = await store.readStream(id);
      await harness.deleteEvent(second.position);
      const report = await verifyEventLog(store);
      expect(report.ok).toBe(false);
      expect(report.firstBrokenPosition).toBe(third.position);
      expect(report.reason).toMatch(/missing/);
    });

    it('lets exactly one of two concurrent writers at the same revision win', async () => {
      const id = stream();
      await store.append(id, [event(1)], { expectedRevision: 0, command: commandMetadata() });
      const other = await harness.openAnother();
      try {
        const outcomes = await Promise.allSettled([
          store.append(id, [event(2)], { expectedRevision: 1, command: commandMetadata() }),
          other.append(id, [event(3)], { expectedRevision: 1, command: commandMetadata() }),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(ConcurrencyConflictError);
        expect((await store.readStream(id)).map((e) => e.revision)).toEqual([1, 2]);
      } finally {
        await other.close();
      }
    });

    it('gives a follower of the global log every event once, in order, while writers race', async () => {
      const writers = options.writers ?? 8;
      const perWriter = 25;
      const clients = await Promise.all(Array.from({ length: writers }, () => harness.openAnother()));
      const controller = new AbortController();
      const seen: bigint[] = [];
      const expected = writers * perWriter;
      const follower = (async () => {
        for await (const recorded of followLog(store, { pollIntervalMs: 5, pageSize: 7, signal: controller.signal })) {
          seen.push(recorded.position);
          if (seen.length >= expected) break;
        }
      })();
      try {
        await Promise.all(
          clients.map(async (client, w) => {
            const id = stream();
            for (let i = 0; i < perWriter; i++) {
              await client.append(id, [event(w * 1000 + i)], { expectedRevision: i, command: commandMetadata() });
            }
          }),
        );
        const timeout = setTimeout(() => controller.abort(), 20_000);
        await follower;
        clearTimeout(timeout);
        const committed = (await store.readAll()).map((e) => e.position);
        expect(seen).toEqual(committed);
        expect(new Set(seen).size).toBe(expected);
        for (let i = 1; i < seen.length; i++) expect(seen[i] > seen[i - 1]).toBe(true);
        expect(await store.headPosition()).toBe(seen[seen.length - 1]);
        // Every writer's stream is whole and in revision order in the global log, and every chain verifies.
        expect(await verifyEventLog(store)).toMatchObject({ ok: true, eventsChecked: expected });
      } finally {
        controller.abort();
        await Promise.all(clients.map((client) => client.close()));
      }
    });

    it('keeps every chain whole when instances race on the same streams: one winner per revision, the rest told', async () => {
      const clients = await Promise.all(Array.from({ length: 4 }, () => harness.openAnother()));
      const shared = [stream(), stream()];
      let written = 0;
      try {
        await Promise.all(
          clients.map(async (client, c) => {
            for (let i = 0; i < 12; i++) {
              const id = shared[(c + i) % shared.length];
              for (;;) {
                // Read, decide, append at the revision read, as a command handler does.
                const revision = (await client.readStream(id)).length;
                try {
                  await client.append(id, [event(c * 100 + i), event(c * 100 + i + 50)], { expectedRevision: revision, command: commandMetadata() });
                  written += 2;
                  break;
                } catch (error) {
                  if (!(error instanceof ConcurrencyConflictError)) throw error;
                }
              }
            }
          }),
        );
        for (const id of shared) {
          const revisions = (await store.readStream(id)).map((e) => e.revision);
          expect(revisions).toEqual(revisions.map((_, i) => i + 1));
        }
        expect(await verifyEventLog(store)).toMatchObject({ ok: true, eventsChecked: written });
        expect(written).toBe(4 * 12 * 2);
      } finally {
        await Promise.all(clients.map((client) => client.close()));
      }
    });

    const recordedElsewhere = async (): Promise<SealedEvent[]> => {
      const source = new InMemoryEventStore();
      await source.append('thing-a', [event(1), event(2)], { expectedRevision: 0, command: commandMetadata({ now: new Date('2025-05-01T10:00:00Z') }) });
      await source.append('thing-b', [event(3)], { expectedRevision: 0, command: commandMetadata({ now: new Date('2025-05-02T10:00:00Z') }) });
      await source.append('thing-a', [event(4)], { expectedRevision: 2, command: commandMetadata({ now: new Date('2025-05-03T10:00:00Z') }) });
      return (await source.readAll()).map(({ position, ...rest }) => (void position, rest as SealedEvent));
    };

    it('imports events recorded by another store exactly: same envelopes and hashes, new positions', async () => {
      const events = await recordedElsewhere();
      const head = await store.appendRecorded(events);
      const imported = await store.readAll();
      expect(imported.map(({ position, ...rest }) => (void position, rest))).toEqual(events);
      expect(head).toBe(imported[3].position);
      expect(await verifyEventLog(store)).toMatchObject({ ok: true, eventsChecked: 4 });
    });

    it('refuses an import with an altered event, naming it, and writes nothing', async () => {
      const events = await recordedElsewhere();
      events[2] = { ...events[2], data: { n: 3, label: 'altered', nested: { b: 2, a: [1, 'x'] } } };
      await expect(store.appendRecorded(events)).rejects.toThrow(new StoreIntegrityError('thing-b@1: content does not match its hash: the event was altered'));
      expect(await store.readAll()).toEqual([]);
    });

    it('refuses an import that does not continue a stream already in the store', async () => {
      await store.append('thing-a', [event(9)], { expectedRevision: 0, command: commandMetadata() });
      await expect(store.appendRecorded(await recordedElsewhere())).rejects.toBeInstanceOf(StoreIntegrityError);
      expect((await store.readAll()).length).toBe(1);
    });

    it('answers a health probe', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
    describe('signed checkpoints (ADR 0018)', () => {
      const admin = { actorId: 'user-contract', actorRoles: ['ADMIN'] };
      let folder: string;
      let checkpoints: LogCheckpoints;
      beforeEach(() => {
        folder = mkdtempSync(join(tmpdir(), 'ledger-checkpoints-'));
        const { privateKey, publicKey } = generateKeyPairSync('ed25519');
        checkpoints = new LogCheckpoints(store, { privateKey, publicKey, latestFile: join(folder, 'checkpoint-latest.json') });
      });
      afterEach(() => rmSync(folder, { recursive: true, force: true }));

      /** What an attacker with SQL access does: change an event, then recompute its stream's chain from it on. */
      async function rewriteWithRecomputedHashes(streamId: string, revision: number, data: unknown): Promise<void> {
        const events = await store.readStream(streamId);
        let prevHash = events[revision - 2]?.metadata.hash ?? '0'.repeat(64);
        for (const original of events.slice(revision - 1)) {
          const changed = { ...original, data: original.revision === revision ? data : original.data };
          const hash = hashEvent(prevHash, changed);
          await harness.overwriteEvent?.(original.position, changed.data, { ...original.metadata, prevHash, hash });
          prevHash = hash;
        }
      }

      it('names a decision rewritten with every hash recomputed, which the hash chains alone accept', async () => {
        if (!harness.overwriteEvent) {
          expect(store.kind).toBe('eventstoredb');
          return;
        }
        const decision = stream();
        await store.append(decision, [event(1), event(2), event(3)], { expectedRevision: 0, command: commandMetadata() });
        await store.append(stream(), [event(4)], { expectedRevision: 0, command: commandMetadata() });
        const signed = await checkpoints.sign('on-demand', admin, new Date('2026-03-02T09:00:00Z'));
        expect(signed).toMatchObject({ recorded: true, checkpoint: { treeSize: 4, previousTreeSize: 0 } });
        expect(await checkpoints.verify()).toMatchObject({ ok: true, checkpointsChecked: 1, eventsAfterLatestCheckpoint: 0 });

        const target = (await store.readStream(decision))[1];
        await rewriteWithRecomputedHashes(decision, 2, { n: 2, label: 'APPROVED', nested: { b: 2, a: [1, 'x'] } });

        expect((await verifyEventLog(store)).ok).toBe(true);
        const report = await checkpoints.verify();
        expect(report).toMatchObject({ ok: false, firstBrokenPosition: target.position });
        expect(report.reason).toMatch(/event 2 of the log no longer matches the checkpoint signed at 2026-03-02T09:00:00.000Z/);
      });

      it('names the rewrite against an auditor’s copy, and catches events removed after it', async () => {
        if (!harness.overwriteEvent || !harness.deleteEvent) {
          expect(store.kind).toBe('eventstoredb');
          return;
        }
        const decision = stream();
        await store.append(decision, [event(1), event(2)], { expectedRevision: 0, command: commandMetadata() });
        const auditorsCopy = parseCheckpointFile(checkpoints.exportFile(await checkpoints.sign('audit-export', admin, new Date('2026-03-02T09:00:00Z'))), 'the auditor’s checkpoint');
        const log = await store.readAll();
        // The DBA removes the checkpoint from the log and then the last decision: no stored checkpoint is left to object.
        await harness.deleteEvent(log[2].position);
        await harness.deleteEvent(log[1].position);
        expect((await verifyEventLog(store)).ok).toBe(true);

        const truncated = await checkpoints.verify({ against: [auditorsCopy] });
        expect(truncated.ok).toBe(false);
        expect(truncated.reason).toMatch(/the log holds 1 events but the auditor’s checkpoint .* covers 2: events were removed from the end of the log \(from event 2\)/);

        await store.append(decision, [event(9)], { expectedRevision: 1, command: commandMetadata() });
        const rewritten = await checkpoints.verify({ against: [auditorsCopy] });
        expect(rewritten).toMatchObject({ ok: false, firstBrokenPosition: (await store.readStream(decision))[1].position });
        expect(rewritten.reason).toMatch(/event 2 of the log no longer matches the auditor’s checkpoint/);
      });

      it('refuses a checkpoint signed by a key it does not trust, and signs nothing over a broken log', async () => {
        if (!harness.overwriteEvent) {
          expect(store.kind).toBe('eventstoredb');
          return;
        }
        const decision = stream();
        await store.append(decision, [event(1), event(2)], { expectedRevision: 0, command: commandMetadata() });
        const other = generateKeyPairSync('ed25519');
        const forger = new LogCheckpoints(store, other);
        await forger.sign('on-demand', admin, new Date('2026-03-02T09:00:00Z'));
        const report = await checkpoints.verify();
        expect(report.ok).toBe(false);
        expect(report.reason).toMatch(/signed by key [0-9a-f]{16}, which this installation does not trust/);

        const fresh = stream();
        await store.append(fresh, [event(3)], { expectedRevision: 0, command: commandMetadata() });
        const [recorded] = await store.readStream(fresh);
        await harness.overwriteEvent(recorded.position, { n: 4 }, recorded.metadata);
        await expect(forger.sign('on-demand', admin, new Date())).rejects.toThrow(/The log does not verify, so no checkpoint was signed/);
      });

      it('signs nothing new when nothing was appended, and continues the previous checkpoint', async () => {
        await store.append(stream(), [event(1)], { expectedRevision: 0, command: commandMetadata() });
        const first = await checkpoints.sign('interval', admin, new Date('2026-03-02T09:00:00Z'));
        const again = await checkpoints.sign('interval', admin, new Date('2026-03-02T10:00:00Z'));
        expect(again).toMatchObject({ recorded: false, checkpoint: first.checkpoint });
        await store.append(stream(), [event(2)], { expectedRevision: 0, command: commandMetadata() });
        const next = await checkpoints.sign('on-demand', admin, new Date('2026-03-02T11:00:00Z'));
        expect(next.checkpoint).toMatchObject({ previousTreeSize: 1, treeSize: 3 });
        expect(await checkpoints.verify()).toMatchObject({ ok: true, checkpointsChecked: 2, latestCheckpoint: { treeSize: 3 } });
      });
    });
  });
}
