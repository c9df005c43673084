import { generateKeyPairSync } from 'node:crypto';
import { commandMetadata } from './testing/event-store-contract';
import { InMemoryEventStore } from './in-memory-event-store';
import { hashEvent } from './hash-chain';
import { canonicalJson } from './canonical-json';
import { EventMetadata } from './envelope';
import { LogCheckpoints } from './checkpoints/log-checkpoints';
import { StoredEventRow, StoredEventRows, VerificationReport, verifyEventLog } from './verify';
import { CheckedRows, VerifyWorkers, checkStoredRows } from './verify-workers';

/**
 * How the data text is stored: as its canonical JSON (the SQLite store since ADR 0042), as
 * JSON.stringify wrote it with the keys in the order given (before), or one and the other by turns
 * (a log written across the upgrade).
 */
type DataLayout = 'canonical' | 'as given' | 'mixed';

/** An in-memory log that also hands out its rows as a SQLite store keeps them (JSON text), with rows overwritten or deleted "in storage". */
class StoredTextStore extends InMemoryEventStore implements StoredEventRows {
  readonly overwritten = new Map<number, { data?: string; metadata?: string }>();
  readonly deleted = new Set<number>();

  constructor(private readonly layout: DataLayout) {
    super();
  }

  dataText(position: number, data: unknown): string {
    const canonical = this.layout === 'canonical' || (this.layout === 'mixed' && position % 2 === 0);
    return canonical ? canonicalJson(data) : JSON.stringify(data);
  }

  async readStoredRows(from: bigint, limit: number, to?: bigint): Promise<readonly StoredEventRow[]> {
    const kept = (await this.readAll({ from, to })).filter((event) => !this.deleted.has(Number(event.position)));
    return kept.slice(0, limit).map((event) => {
      const position = Number(event.position);
      const row = this.overwritten.get(position);
      return [position, event.streamId, event.revision, event.type, row?.data ?? this.dataText(position, event.data), row?.metadata ?? JSON.stringify(event.metadata)];
    });
  }

  async metadataOf(position: number): Promise<EventMetadata> {
    return (await this.readAll({ from: BigInt(position), to: BigInt(position) }))[0].metadata;
  }
}

/**
 * Worker threads played in-process: the same checkStoredRows over the same rows, answering the
 * ranges handed out last first, as threads may finish them.
 */
class OutOfOrderWorkers implements VerifyWorkers {
  readonly threads = 2;
  readonly ranges: [bigint, bigint][] = [];

  constructor(private readonly store: StoredTextStore) {}

  async checkStoredRange(from: bigint, to: bigint): Promise<CheckedRows> {
    this.ranges.push([from, to]);
    const rows = await this.store.readStoredRows(from, Number(to - from), to - 1n);
    const later = this.ranges.length % 4;
    await new Promise((resolve) => setTimeout(resolve, 4 * (4 - later)));
    return checkStoredRows(rows);
  }
}

const PAGE = 4;

/** Three streams interleaved over 40 events: every page of 4 holds events of several streams. */
async function log(layout: DataLayout): Promise<StoredTextStore> {
  const store = new StoredTextStore(layout);
  const revisions = new Map<string, number>();
  for (let n = 1; n <= 40; n++) {
    const streamId = `thing-${n % 3}`;
    const revision = revisions.get(streamId) ?? 0;
    await store.append(streamId, [{ type: 'ThingHappened', data: { n, label: `thing ${n}`, nested: { b: n, a: [n, 'x'] } } }], { expectedRevision: revision, command: commandMetadata() });
    revisions.set(streamId, revision + 1);
  }
  return store;
}

async function bothWays(store: StoredTextStore): Promise<{ here: VerificationReport; onWorkers: VerificationReport; workers: OutOfOrderWorkers }> {
  const workers = new OutOfOrderWorkers(store);
  const here = await verifyEventLog(store, { pageSize: PAGE });
  const onWorkers = await verifyEventLog(store, { pageSize: PAGE, workers });
  return { here, onWorkers, workers };
}

describe.each<DataLayout>(['canonical', 'as given', 'mixed'])('verify with the hashes recomputed on worker threads, data stored %s', (layout) => {
  it('checks the whole log on the workers, page by page in log order, and reports as the walk in-process does', async () => {
    const store = await log(layout);
    const { here, onWorkers, workers } = await bothWays(store);
    expect(onWorkers).toEqual({ ok: true, eventsChecked: 40, firstBrokenPosition: null, reason: null, checkpointsChecked: 0, latestCheckpoint: null, eventsAfterLatestCheckpoint: 40 });
    expect(onWorkers).toEqual(here);
    // Ranges of positions up to the head (40): 0-3, 4-7, ..., 40-43.
    expect(workers.ranges.map(([from]) => Number(from))).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
  });

  it('takes the data as stored only when it is the sealed text: the same value with its keys in another order still checks out', async () => {
    const store = await log(layout);
    // A DBA's tool that rewrote the JSON (keys sorted backwards, spaces): the same event, not the sealed text.
    const rewritten = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.keys(value).sort().reverse().map((key) => [key, rewritten((value as Record<string, unknown>)[key])])) : value;
    for (const position of [5, 6]) {
      const [row] = await store.readStoredRows(BigInt(position), 1);
      store.overwritten.set(position, { data: JSON.stringify(rewritten(JSON.parse(row[4])), null, 1) });
    }
    const { here, onWorkers } = await bothWays(store);
    expect(onWorkers).toMatchObject({ ok: true, eventsChecked: 40 });
    expect(onWorkers).toEqual(here);
  });

  it('is not fooled by data text that carries the rest of the hashed envelope, to move where the data ends', async () => {
    const store = await log(layout);
    const [[, streamId, revision, type, dataText, metadataText]] = await store.readStoredRows(22n, 1);
    const { prevHash, hash, ...hashed } = JSON.parse(metadataText) as EventMetadata;
    // The envelope hashed is {"data":D,"metadata":M,"revision":R,"streamId":S,"type":T}: this text is D followed by that tail.
    const tail = `,"metadata":${canonicalJson(hashed)},"revision":${revision},"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(type)}}`;
    store.overwritten.set(22, { data: canonicalJson(JSON.parse(dataText)) + tail });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(prevHash).toMatch(/^[0-9a-f]{64}$/);
    const { here, onWorkers } = await bothWays(store);
    expect(onWorkers).toMatchObject({ ok: false, firstBrokenPosition: 22n, eventsChecked: 21, reason: `${streamId}@${revision}: its stored data or metadata is not JSON: the event was altered` });
    expect(onWorkers).toEqual(here);
  });

  it('names an event whose stored text is not JSON at all, however far ahead of the walk a worker read it', async () => {
    for (const row of [{ data: '{"n":' }, { metadata: 'not json' }, { metadata: '42' }]) {
      const store = await log(layout);
      store.overwritten.set(38, row);
      const { here, onWorkers } = await bothWays(store);
      expect(onWorkers).toMatchObject({ ok: false, firstBrokenPosition: 38n, eventsChecked: 37, reason: 'thing-2@13: its stored data or metadata is not JSON: the event was altered' });
      expect(onWorkers).toEqual(here);
    }
  });

  it('names an event altered in storage when a worker recomputed its hash', async () => {
    const store = await log(layout);
    store.overwritten.set(27, { data: JSON.stringify({ n: 27, label: 'quietly changed', nested: { b: 27, a: [27, 'x'] } }) });
    const { here, onWorkers } = await bothWays(store);
    expect(onWorkers).toMatchObject({ ok: false, firstBrokenPosition: 27n, eventsChecked: 26, reason: 'thing-0@9: content does not match its hash: the event was altered' });
    expect(onWorkers).toEqual(here);
  });

  it('names an event whose metadata text was altered, in the sealed layout and in another one', async () => {
    for (const alter of [(text: string) => text.replace('"actorId":"user-contract"', '"actorId":"user-other"'), (text: string) => JSON.stringify(JSON.parse(text), null, 1).replace('user-contract', 'user-other')]) {
      const store = await log(layout);
      store.overwritten.set(31, { metadata: alter(JSON.stringify(await store.metadataOf(31))) });
      const { here, onWorkers } = await bothWays(store);
      expect(onWorkers).toMatchObject({ ok: false, firstBrokenPosition: 31n, reason: 'thing-1@11: content does not match its hash: the event was altered' });
      expect(onWorkers).toEqual(here);
    }
  });

  it('names the next event of the stream when an event was rewritten with its own hash recomputed: the link is checked in order', async () => {
    const store = await log(layout);
    // Event 13 (thing-1@5) rewritten with a hash that recomputes: each worker finds every event's own hash right.
    const metadata = await store.metadataOf(13);
    const data = { n: 13, label: 'rewritten', nested: { b: 13, a: [13, 'x'] } };
    const hash = hashEvent(metadata.prevHash, { streamId: 'thing-1', revision: 5, type: 'ThingHappened', data, metadata });
    store.overwritten.set(13, { data: JSON.stringify(data), metadata: JSON.stringify({ ...metadata, hash }) });
    const { here, onWorkers } = await bothWays(store);
    expect(onWorkers).toMatchObject({ ok: false, firstBrokenPosition: 16n, eventsChecked: 15, reason: 'thing-1@6: does not link to the previous event of its stream' });
    expect(onWorkers).toEqual(here);
  });

  it('names the first event after events deleted from storage, pages of the log left with no event at all', async () => {
    const store = await log(layout);
    for (let position = 8; position <= 15; position++) store.deleted.add(position);
    const { here, onWorkers } = await bothWays(store);
    expect(onWorkers).toMatchObject({ ok: false, firstBrokenPosition: 16n, reason: 'thing-1@6: revision 6 follows 3: an event is missing or out of place' });
    expect(onWorkers).toEqual(here);
  });

  it('checks the log after its checkpoint on the workers LogCheckpoints is given, as the CLI verifies it', async () => {
    const store = await log(layout);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const checkpoints = new LogCheckpoints(store, { privateKey, publicKey });
    await checkpoints.sign('on-demand', { actorId: 'auditor', actorRoles: ['AUDITOR'] }, new Date('2026-03-02T00:00:00Z'));
    await store.append('thing-9', [{ type: 'ThingHappened', data: { n: 42 } }], { expectedRevision: 0, command: commandMetadata() });
    const here = await checkpoints.verify();
    const workers = new OutOfOrderWorkers(store);
    expect(await checkpoints.verify({ workers })).toEqual(here);
    expect(here).toMatchObject({ ok: true, eventsChecked: 42, checkpointsChecked: 1, latestCheckpoint: { treeSize: 40 }, eventsAfterLatestCheckpoint: 1 });
    expect(workers.ranges.length).toBeGreaterThan(0);
    // The checkpoint itself (event 41) is rewritten to cover fewer events, its hash recomputed: its signature no longer holds.
    const metadata = await store.metadataOf(41);
    const [stored] = await store.readStoredRows(41n, 1);
    const data = { ...(JSON.parse(stored[4]) as Record<string, unknown>), treeSize: 39 };
    store.overwritten.set(41, { data: JSON.stringify(data), metadata: JSON.stringify({ ...metadata, hash: hashEvent(metadata.prevHash, { streamId: stored[1], revision: stored[2], type: stored[3], data, metadata }) }) });
    const tampered = await checkpoints.verify({ workers });
    expect(tampered).toMatchObject({ ok: false, firstBrokenPosition: 41n });
    expect(tampered).toEqual(await checkpoints.verify());
  });
});
