import { Logger } from '@nestjs/common';
import { Piscina } from 'piscina';
import { WorkerPool } from './worker-pool';
import {
  Document,
  EventStore,
  Projection,
  ReadModelReader,
  ReadModelStore,
  SnapshotMaintainer,
  SnapshotStore,
  deepFrozen,
  foldAsOfFromSnapshot,
  projectionsFingerprint,
} from '@ledger/event-store-core';

/**
 * Folds the read models as at an instant somewhere other than the event loop. ReadSide asks it
 * when one is provided (AS_OF_FOLDER) and folds in-process otherwise (unit tests, the CLI).
 * `inProcess` is the fold ReadSide would have run itself: the folder falls back to it when it
 * cannot fold the same projections (e.g. a test registered one the worker does not know).
 */
export interface AsOfFolder {
  fold(projections: readonly Projection[], until: Date, to: bigint | undefined, inProcess: () => Promise<ReadModelReader>): Promise<ReadModelReader>;
  /**
   * Brings the as-of snapshots up to date (SnapshotMaintainer, every `every` events) off the loop;
   * `inProcess` is what ReadSide would have run itself. Returns how many snapshots were written.
   */
  maintainSnapshots(projections: readonly Projection[], every: number, inProcess: () => Promise<number>): Promise<number>;
  close(): Promise<void>;
}

export const AS_OF_FOLDER = Symbol('AS_OF_FOLDER');

/** One as-of fold asked of a worker. Dates and positions travel as text. */
export interface AsOfFoldTask {
  until: string;
  to?: string;
  /** The main thread's projectionsFingerprint: a worker folding other projections refuses. */
  fingerprint: string;
}

/** Snapshot maintenance asked of a worker. */
export interface SnapshotTask {
  every: number;
  fingerprint: string;
}

/** What a worker folds with: its own connections to the stores, and the same projections as the app. */
export interface AsOfSources {
  store: EventStore;
  /** Read-only where the store allows it: folds only read snapshots. */
  snapshots: SnapshotStore;
  /** Opened on the first snapshot task: the one connection of the worker that writes. */
  snapshotWriter: () => Promise<SnapshotStore>;
  projections: readonly Projection[];
}

/** Worker answers that mean "fold in-process instead", never a wrong or missing register. */
const DIFFERENT_PROJECTIONS = 'AS_OF_WORKER_DIFFERENT_PROJECTIONS';
const CANNOT_OPEN = 'AS_OF_WORKER_CANNOT_OPEN';

/**
 * The worker's side: folds with foldAsOfFromSnapshot (the same code as an in-process fold) and
 * answers with every document as JSON in one transferable buffer, so that nothing but a memory
 * move reaches the main thread. Layout: [uint32 index length][index JSON][documents, UTF-8],
 * the index naming each collection's ids and where each document ends.
 */
export function asOfWorkerTasks(open: () => Promise<AsOfSources>): {
  foldAsOf: (task: AsOfFoldTask) => Promise<unknown>;
  maintainSnapshots: (task: SnapshotTask) => Promise<number>;
} {
  let sources: Promise<AsOfSources> | undefined;
  const opened = () =>
    (sources ??= open().catch((error: Error) => {
      throw new Error(`${CANNOT_OPEN}: ${error.message}`);
    }));
  let maintainer: Promise<SnapshotMaintainer> | undefined;
  const maintainSnapshots = async (task: SnapshotTask) => {
    const { store, snapshotWriter, projections } = await opened();
    if (projectionsFingerprint(projections) !== task.fingerprint) throw new Error(DIFFERENT_PROJECTIONS);
    maintainer ??= snapshotWriter()
      .catch((error: Error) => {
        throw new Error(`${CANNOT_OPEN}: ${error.message}`);
      })
      .then((writer) => new SnapshotMaintainer(store, projections, writer, task.every));
    return (await maintainer).update();
  };
  const foldAsOf = async (task: AsOfFoldTask) => {
    const { store, snapshots, projections } = await opened();
    if (projectionsFingerprint(projections) !== task.fingerprint) throw new Error(DIFFERENT_PROJECTIONS);
    const folded = await foldAsOfFromSnapshot(store, projections, new Date(task.until), snapshots, task.to === undefined ? undefined : BigInt(task.to));
    const packed = await packReadModels(folded, projections);
    return Piscina.move(packed);
  };
  return { foldAsOf, maintainSnapshots };
}

interface PackedIndex {
  /** Each collection's ids, where its first document starts and where each one ends. */
  collections: Record<string, { ids: string[]; start: number; ends: number[] }>;
}

/** Every document of the projections' collections as JSON in one buffer (the layout above); exported for its spec. */
export async function packReadModels(readModels: ReadModelStore, projections: readonly Projection[]): Promise<Uint8Array> {
  const index: PackedIndex = { collections: {} };
  const parts: Buffer[] = [];
  let offset = 0;
  for (const collection of new Set(projections.flatMap((projection) => projection.collections))) {
    const ids: string[] = [];
    const ends: number[] = [];
    const start = offset;
    for (const doc of await readModels.list(collection)) {
      const json = Buffer.from(JSON.stringify(doc), 'utf8');
      parts.push(json);
      offset += json.length;
      ids.push(String(doc['id']));
      ends.push(offset);
    }
    index.collections[collection] = { ids, start, ends };
  }
  const header = Buffer.from(JSON.stringify(index), 'utf8');
  const packed = new Uint8Array(4 + header.length + offset);
  new DataView(packed.buffer).setUint32(0, header.length);
  packed.set(header, 4);
  let at = 4 + header.length;
  for (const part of parts) {
    packed.set(part, at);
    at += part.length;
  }
  return packed;
}

/** One collection of a packed fold: where each document's JSON ends, and each document once parsed. */
interface PackedCollection {
  byId: Map<string, number>;
  start: number;
  ends: number[];
  parsed: (Document | undefined)[];
}

/**
 * The main thread's view of a packed fold: the index is parsed once, each document when it is first
 * read, then kept deep-frozen and shared by every query that reads it again (an as-of answer never
 * changes), as the live reader's cache does (ADR 0035): copy before changing. Parsing every staff
 * document afresh on each request was a third of an as-of answer's CPU.
 */
export class PackedReadModels implements ReadModelReader {
  private readonly collections = new Map<string, PackedCollection>();
  private readonly documents: Buffer;

  constructor(packed: Uint8Array) {
    const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
    const headerLength = bytes.readUInt32BE(0);
    const index = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as PackedIndex;
    this.documents = bytes.subarray(4 + headerLength);
    for (const [name, { ids, start, ends }] of Object.entries(index.collections)) {
      this.collections.set(name, {
        byId: new Map(ids.map((id, i) => [id, i])),
        start,
        ends,
        parsed: new Array(ends.length),
      });
    }
  }

  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    const docs = this.collections.get(collection);
    const at = docs?.byId.get(id);
    return docs && at !== undefined ? (this.document(docs, at) as T) : undefined;
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    const docs = this.collections.get(collection);
    return docs ? docs.ends.map((_, at) => this.document(docs, at) as T) : [];
  }

  private document({ start, ends, parsed }: PackedCollection, at: number): Document {
    return (parsed[at] ??= deepFrozen(JSON.parse(this.documents.toString('utf8', at === 0 ? start : ends[at - 1], ends[at])) as Document));
  }
}

/**
 * Folds on the worker pool's threads (task `foldAsOf`), so a fold of thousands of events never
 * holds the event loop: `/health` and small requests keep answering while it runs.
 */
export class WorkerAsOfFolder implements AsOfFolder {
  private readonly logger = new Logger(WorkerAsOfFolder.name);
  private workerFolds = true;
  private workerSnapshots = true;
  private snapshotRun?: Promise<number>;

  constructor(private readonly workers: WorkerPool) {}

  async fold(projections: readonly Projection[], until: Date, to: bigint | undefined, inProcess: () => Promise<ReadModelReader>): Promise<ReadModelReader> {
    if (!this.workerFolds) return inProcess();
    const task: AsOfFoldTask = {
      until: until.toISOString(),
      to: to?.toString(),
      fingerprint: projectionsFingerprint(projections),
    };
    try {
      return new PackedReadModels(await this.workers.run<Uint8Array>('foldAsOf', task));
    } catch (error) {
      const message = (error as Error).message ?? '';
      if (message !== DIFFERENT_PROJECTIONS && !message.startsWith(CANNOT_OPEN)) throw error;
      // The worker folds other projections, or cannot open the store (e.g. one it cannot read
      // beside the app): right answers first, off the loop when possible.
      this.logger.warn(`As-of folds run in-process from now on: ${message}`);
      this.workerFolds = false;
      return inProcess();
    }
  }

  async maintainSnapshots(projections: readonly Projection[], every: number, inProcess: () => Promise<number>): Promise<number> {
    if (!this.workerSnapshots) return inProcess();
    // One run at a time, whichever thread of the pool takes it.
    this.snapshotRun ??= this.workers
      .run<number>('maintainSnapshots', {
        every,
        fingerprint: projectionsFingerprint(projections),
      } satisfies SnapshotTask)
      .catch((error: Error) => {
        const message = error.message ?? '';
        if (message !== DIFFERENT_PROJECTIONS && !message.startsWith(CANNOT_OPEN)) throw error;
        this.logger.warn(`As-of snapshots are maintained in-process from now on: ${message}`);
        this.workerSnapshots = false;
        return inProcess();
      })
      .finally(() => (this.snapshotRun = undefined));
    return this.snapshotRun;
  }

  close(): Promise<void> {
    return this.workers.close();
  }
}
