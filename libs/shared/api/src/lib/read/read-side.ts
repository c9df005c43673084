import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import {
  EventStore,
  InvalidInputError,
  MemoisingReader,
  ProjectionRunner,
  ReadModelCache,
  ReadModelReader,
  ReadModelStore,
  SnapshotMaintainer,
  VersionedReadModels,
  deepFrozen,
  isVersioned,
  foldAsOfFromSnapshot,
  projectionsFingerprint,
} from '@ledger/event-store-core';
import { EVENT_STORE, READ_MODEL_STORE } from '../tokens';
import { ProjectionRegistry } from './projection-registry';
import { InstantAtPosition } from './instant-at-position';
import { AS_OF_FOLDER, AsOfFolder } from './as-of-worker';

/**
 * The read side: one projection runner over every registered projection, following the log in the
 * background, plus as-of readers folded in memory from the events up to an instant.
 */
@Injectable()
export class ReadSide implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadSide.name);
  private runner?: ProjectionRunner;
  private snapshotter?: SnapshotMaintainer;
  private snapshotsCheckedAt = 0n;
  /** As-of answers for past instants do not change (new events are recorded now): keep a few. */
  private readonly asOfCache = new Map<string, Promise<ReadModelReader>>();
  private static readonly AS_OF_CACHE_SIZE = 16;
  /**
   * Values computed from an as-of fold (`memoised`: a register's rows in order, say), per fold, with
   * the live versions of their collections when computed. They go with their fold (a rebuild for a
   * new projection version drops every fold), and are computed again once one of those collections
   * has changed live: an erasure is such a change, and a value may depend on who is erased (the
   * registers put erased people last), though not on a fold's events after its instant.
   */
  private readonly asOfMemos = new WeakMap<ReadModelReader, Map<string, { versions: string; value: Promise<unknown> }>>();
  private static readonly AS_OF_MEMOS_PER_FOLD = 64;
  /** Events between two as-of snapshots. */
  static SNAPSHOT_EVERY = 5000;
  /**
   * Whether start-up catches the read models up and follows the log. `ledger replay` turns it off
   * before it starts the application: it drops and rebuilds them anyway, and a catch-up first
   * folded the whole log twice (ADR 0023).
   */
  static catchUpAtBootstrap = true;
  /**
   * Bytes of parsed documents the live queries' cache may hold (ADR 0035; READ_MODEL_CACHE_MB);
   * 0 turns it off. Used when the store versions its collections (SQLite, PostgreSQL).
   */
  static readModelCacheBytes = 64 * 2 ** 20;
  /** Parsed documents for live queries, invalidated by the collections' versions (ADR 0035). */
  private readonly liveCache?: ReadModelCache;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly registry: ProjectionRegistry,
    /** Where as-of folds run off the event loop (ADR 0024); without one they run in-process. */
    @Optional() @Inject(AS_OF_FOLDER) private readonly asOfFolder?: AsOfFolder | null,
  ) {
    if (ReadSide.readModelCacheBytes > 0 && isVersioned(readModels)) this.liveCache = new ReadModelCache(readModels, ReadSide.readModelCacheBytes);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!ReadSide.catchUpAtBootstrap) return;
    // Read models made by another version of their projection are rebuilt first (ADR 0039).
    const rebuilt = await this.projectionRunner().rebuildChanged();
    if (rebuilt.length > 0) this.logger.log(`Rebuilt read models made by another projection version: ${rebuilt.join(', ')}`);
    const caughtUpTo = await this.projectionRunner().catchUp();
    this.logger.log(`Read models caught up to position ${caughtUpTo}`);
    this.projectionRunner().start();
    // The snapshots are brought up to here now; the next check is due SNAPSHOT_EVERY events later,
    // not at the first command after start-up.
    this.snapshotsCheckedAt = caughtUpTo;
    this.maintainSnapshots();
  }

  /** Brings the as-of snapshots up to date in the background; a failure only costs speed. */
  maintainSnapshots(): Promise<number> {
    const inProcess = () => {
      this.snapshotter ??= new SnapshotMaintainer(this.store, this.registry.all(), this.readModels, ReadSide.SNAPSHOT_EVERY);
      return this.snapshotter.update();
    };
    const every = ReadSide.SNAPSHOT_EVERY;
    // Folding thousands of events into a snapshot holds the loop: on a worker when there is one
    // (ADR 0024), and not started at all on a log too short to need a snapshot.
    const update = this.asOfFolder
      ? this.store.headPosition().then((head) => (head < BigInt(every) ? 0 : (this.asOfFolder as AsOfFolder).maintainSnapshots(this.registry.all(), every, inProcess)))
      : inProcess();
    return update.catch((error) => {
      this.logger.warn(`As-of snapshots not updated: ${(error as Error).message}`);
      return 0;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    await this.asOfFolder?.close();
  }

  /** Read-your-writes: returns once every read model has folded the event at `position`. */
  async waitFor(position: bigint): Promise<void> {
    await this.projectionRunner().waitFor(position);
    if (position - this.snapshotsCheckedAt >= BigInt(ReadSide.SNAPSHOT_EVERY)) {
      this.snapshotsCheckedAt = position;
      void this.maintainSnapshots();
    }
  }

  /**
   * Drops every read model and folds them again from the first event, in memory, written in large
   * transactions; the as-of snapshots are rebuilt from the same fold as it passes each snapshot
   * position (ADR 0023).
   */
  async rebuild(onProgress?: (position: bigint) => void): Promise<bigint> {
    await this.readModels.clearSnapshots();
    this.asOfCache.clear();
    this.liveCache?.clear();
    const projections = this.registry.all();
    return this.projectionRunner().rebuild(undefined, onProgress, {
      snapshots: { store: this.readModels, every: ReadSide.SNAPSHOT_EVERY, fingerprint: projectionsFingerprint(projections) },
    });
  }

  /**
   * The live read models, or every projection folded as at `asOf` from the nearest snapshot
   * before it. The projection names say what the caller reads; all are folded so that one fold
   * serves every register asked about the same instant. An `InstantAtPosition` also bounds the
   * fold by its log position: such an answer never changes, so it is always cached.
   *
   * A live reader serves documents from the cache of parsed documents while their collections are
   * unchanged (ADR 0035): they are deep-frozen, shared by every query; copy before changing. An
   * as-of reader keeps `memoised` values with its fold (see memoising).
   */
  async reader(projections: readonly string[], asOf?: Date | null): Promise<ReadModelReader> {
    if (!asOf) return this.liveCache ? this.liveCache.reader() : this.readModels;
    return this.memoising(await this.asOfFold(projections, asOf));
  }

  private asOfFold(projections: readonly string[], asOf: Date): Promise<ReadModelReader> {
    if (Number.isNaN(asOf.getTime())) throw new InvalidInputError('asOf is not a valid instant', { field: 'asOf' });
    this.registry.named(projections);
    const to = asOf instanceof InstantAtPosition ? asOf.position : undefined;
    const key = to === undefined ? asOf.toISOString() : `${asOf.toISOString()}@${to}`;
    const cached = this.asOfCache.get(key);
    if (cached) return cached;
    const folded =
      to === undefined
        ? this.foldAsOf(asOf)
        : this.store.headPosition().then((head) => {
            if (to > head) throw new InvalidInputError(`Position ${to} is beyond the head of the log (${head})`, { field: 'position' });
            return this.foldAsOf(asOf, to);
          });
    // Only instants safely in the past are final; the last seconds may still receive events.
    if (to !== undefined || asOf.getTime() < Date.now() - 5000) {
      this.asOfCache.set(key, folded);
      folded.catch(() => this.asOfCache.delete(key));
      if (this.asOfCache.size > ReadSide.AS_OF_CACHE_SIZE) this.asOfCache.delete(this.asOfCache.keys().next().value as string);
    }
    return folded;
  }

  /**
   * One query's reader of an as-of fold, whose `memoised` values are kept with the fold (asOfMemos)
   * while the live versions of their collections are unchanged: every request for the same instant
   * otherwise built the same register again. The live versions are read once per query, at its
   * first memo; without the live query cache (or versions) values are computed afresh as before.
   */
  private memoising(fold: ReadModelReader): ReadModelReader {
    if (!this.liveCache || !isVersioned(this.readModels)) return fold;
    const live: VersionedReadModels = this.readModels;
    let memos = this.asOfMemos.get(fold);
    if (!memos) this.asOfMemos.set(fold, (memos = new Map()));
    const kept = memos;
    let liveVersions: Promise<ReadonlyMap<string, string>> | undefined;
    const reader: MemoisingReader = {
      get: (collection, id) => fold.get(collection, id),
      list: (collection) => fold.list(collection),
      memo: async <T>(key: string, collections: readonly string[], compute: () => Promise<T>): Promise<T> => {
        const now = await (liveVersions ??= live.collectionVersions());
        // Taken before computing: a value computed while a collection changes is kept under the
        // older version, so the next query computes it again.
        const versions = collections.map((collection) => now.get(collection) ?? '0').join(',');
        const found = kept.get(key);
        if (found && found.versions === versions) return found.value as Promise<T>;
        const value = compute().then(deepFrozen);
        kept.set(key, { versions, value });
        value.catch(() => kept.get(key)?.value === value && kept.delete(key));
        if (kept.size > ReadSide.AS_OF_MEMOS_PER_FOLD) kept.delete(kept.keys().next().value as string);
        return value;
      },
    };
    return reader;
  }

  /** On a worker thread when an AsOfFolder is provided, so a long fold never holds the event loop. */
  private foldAsOf(asOf: Date, to?: bigint): Promise<ReadModelReader> {
    const projections = this.registry.all();
    const inProcess = () => foldAsOfFromSnapshot(this.store, projections, asOf, this.readModels, to);
    return this.asOfFolder ? this.asOfFolder.fold(projections, asOf, to, inProcess) : inProcess();
  }

  private projectionRunner(): ProjectionRunner {
    this.runner ??= new ProjectionRunner(this.store, this.readModels, this.registry.all(), {
      onError: (error) => this.logger.error(error, 'Projection runner failed; it retries at the next append or poll'),
    });
    return this.runner;
  }
}
