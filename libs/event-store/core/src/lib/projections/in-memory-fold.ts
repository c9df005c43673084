import { EVENTS_PER_READ_PAGE, EventStore } from '../event-store';
import { RecordedEvent } from '../envelope';
import { diffDocument } from './document-patch';
import { ChangedDocuments, HeldDocument, InMemoryReadModelStore, heldDocument } from './in-memory-read-model-store';
import { Projection, ProjectionTx } from './projection';
import { ReadModelChanges } from './read-model';
import { ProjectionCommit, ReadModelStore } from './read-model-store';
import { ReadModelSnapshot, SnapshotDocument, SnapshotStore } from './snapshot-store';

/** The projections that handle each event type, looked up once per event rather than filtered per projection. */
export function projectionsByType(projections: readonly Projection[]): Map<string, Projection[]> {
  const byType = new Map<string, Projection[]>();
  for (const projection of projections) {
    for (const type of projection.handles) byType.set(type, [...(byType.get(type) ?? []), projection]);
  }
  return byType;
}

/**
 * Folds events straight into in-memory documents: no unit of work, no commit, no copy. Every
 * projection must stand at the same position before the first event (a replay from scratch, a
 * snapshot). Returns the latest recordedAt among them (or `maxRecordedAt`, when later).
 */
export async function foldIntoMemory(events: readonly RecordedEvent[], byType: ReadonlyMap<string, readonly Projection[]>, tx: ProjectionTx, maxRecordedAt = ''): Promise<string> {
  for (const event of events) {
    const projections = byType.get(event.type);
    if (projections) for (const projection of projections) await projection.apply(event, tx);
    if (event.metadata.recordedAt > maxRecordedAt) maxRecordedAt = event.metadata.recordedAt;
  }
  return maxRecordedAt;
}

const sizeOf = (doc: SnapshotDocument) => doc.collection.length + doc.id.length + (doc.json?.length ?? 0);
const key = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * Saves snapshots of an in-memory fold as it passes each snapshot position: a delta of what
 * changed since the snapshot before (per document, a patch found by identity, see
 * document-patch.ts), or a new base (every document) once the deltas since the last base add up to
 * more than the base (ADR 0023).
 */
export class SnapshotWriter {
  private readonly changed: ChangedDocuments;
  private base?: { position: bigint; size: number };
  private sizeSinceBase = 0;
  /** What each document was at the last snapshot: diffs are taken against it. */
  private previous: Map<string, HeldDocument>;

  constructor(
    private readonly snapshots: SnapshotStore,
    private readonly fingerprint: string,
    private readonly memory: InMemoryReadModelStore,
    /** The snapshot the fold started from (its documents are what `memory` was loaded with). */
    latest?: ReadModelSnapshot,
  ) {
    this.changed = memory.trackChanges();
    this.previous = memory.allHeld();
    // Text the fold parses becomes the object it changes: diff against that object, by identity.
    memory.onParsed((collection, id, text, doc) => {
      if (this.previous.get(key(collection, id)) === text) this.previous.set(key(collection, id), doc);
    });
    if (latest) {
      this.base = { position: latest.basePosition, size: latest.baseSize };
      this.sizeSinceBase = latest.sizeSinceBase;
    }
  }

  /** Saves the snapshot at `position`; returns whether it was a base or a delta. */
  async write(position: bigint, maxRecordedAt: string): Promise<'base' | 'delta'> {
    const delta: SnapshotDocument[] = [];
    for (const { collection, id } of this.changed.take()) {
      const held = this.memory.held(collection, id);
      const before = this.previous.get(key(collection, id));
      if (held === undefined) {
        if (before !== undefined) delta.push({ collection, id, json: null });
        this.previous.delete(key(collection, id));
        continue;
      }
      this.previous.set(key(collection, id), held);
      if (before === held) continue;
      const after = heldDocument(held);
      const operations = before === undefined ? undefined : diffDocument(heldDocument(before), after);
      if (operations?.length === 0) continue;
      const whole = !operations || operations.some(([, path]) => path.length === 0);
      delta.push({ collection, id, json: JSON.stringify(whole ? after : operations) });
    }
    const deltaSize = delta.reduce((sum, doc) => sum + sizeOf(doc), 0);
    const { fingerprint } = this;
    if (!this.base || this.sizeSinceBase + deltaSize > this.base.size) {
      const documents = [...this.memory.allJson()];
      this.base = { position, size: documents.reduce((sum, doc) => sum + sizeOf(doc), 0) };
      this.sizeSinceBase = 0;
      this.previous = this.memory.allHeld();
      await this.snapshots.saveSnapshot({ position, maxRecordedAt, fingerprint, basePosition: position, documents, baseSize: this.base.size, sizeSinceBase: 0 });
      return 'base';
    }
    this.sizeSinceBase += deltaSize;
    await this.snapshots.saveSnapshot({ position, maxRecordedAt, fingerprint, basePosition: this.base.position, documents: delta, baseSize: this.base.size, sizeSinceBase: this.sizeSinceBase });
    return 'delta';
  }
}

export interface ReplayOptions {
  /** Events read at a time (a snapshot position also ends a read). */
  batchSize?: number;
  /**
   * Writes the fold to the store after about this many events, documents and checkpoints in one
   * transaction: a replay killed after it loses no more than this, and a restart continues from it.
   */
  flushEvery?: number;
  /** Snapshots of the same fold every `every` events (only when the projections are all of the read side). */
  snapshots?: { store: SnapshotStore; every: number; fingerprint: string };
  onProgress?: (position: bigint) => void;
}

/**
 * Replays the log into projections whose read models were just reset: folds in memory in large
 * batches, writes the documents that changed with every projection's checkpoint in one
 * transaction every `flushEvery` events and at the end, and saves as-of snapshots from the same
 * fold as it passes each snapshot position. Returns the position it reached.
 */
export async function replayIntoStore(store: EventStore, readModels: ReadModelStore, projections: readonly Projection[], options: ReplayOptions = {}): Promise<bigint> {
  const batchSize = options.batchSize ?? EVENTS_PER_READ_PAGE;
  const flushEvery = options.flushEvery ?? 250_000;
  const memory = new InMemoryReadModelStore();
  const unflushed = memory.trackChanges();
  const snapshots = options.snapshots;
  const writer = snapshots && new SnapshotWriter(snapshots.store, snapshots.fingerprint, memory);
  const byType = projectionsByType(projections);
  const ownerOf = new Map(projections.flatMap((projection) => projection.collections.map((collection) => [collection, projection.name] as const)));
  let position = 0n;
  let flushed = 0n;
  let sinceFlush = 0;
  let sinceSnapshot = 0;
  let maxRecordedAt = '';

  const flush = async () => {
    const changes = new Map<string, ReadModelChanges>(projections.map((projection) => [projection.name, { puts: [], deletes: [] }]));
    for (const { collection, id } of unflushed.take()) {
      // A collection no projection declares still goes in (to the first one's commit: all are one transaction).
      const owner = (changes.get(ownerOf.get(collection) ?? '') ?? changes.get(projections[0].name)) as ReadModelChanges;
      // The held document itself: the store serialises it once, and the fold is paused meanwhile.
      const doc = memory.document(collection, id);
      if (doc === undefined) owner.deletes.push({ collection, id });
      else owner.puts.push({ collection, id, doc });
    }
    const commits: ProjectionCommit[] = projections.map((projection) => ({ projection: projection.name, from: flushed, to: position, changes: changes.get(projection.name) as ReadModelChanges }));
    await readModels.commitAll(commits);
    flushed = position;
    sinceFlush = 0;
  };

  for (;;) {
    const limit = writer && snapshots ? Math.min(batchSize, snapshots.every - sinceSnapshot) : batchSize;
    const batch = await store.readAll({ from: position + 1n, limit });
    if (batch.length === 0) break;
    maxRecordedAt = await foldIntoMemory(batch, byType, memory.direct, maxRecordedAt);
    position = batch[batch.length - 1].position;
    sinceFlush += batch.length;
    sinceSnapshot += batch.length;
    if (writer && snapshots && sinceSnapshot >= snapshots.every) {
      await writer.write(position, maxRecordedAt);
      sinceSnapshot = 0;
    }
    if (sinceFlush >= flushEvery) await flush();
    options.onProgress?.(position);
    if (batch.length < limit) break;
  }
  if (position > flushed) await flush();
  return position;
}
