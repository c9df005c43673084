import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  EventStore,
  InvalidInputError,
  ProjectionRunner,
  ReadModelReader,
  ReadModelStore,
  SnapshotMaintainer,
  foldAsOfFromSnapshot,
} from '@ledger/event-store-core';
import { EVENT_STORE, READ_MODEL_STORE } from '../tokens';
import { ProjectionRegistry } from './projection-registry';
import { InstantAtPosition } from './instant-at-position';

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
  /** Events between two as-of snapshots. */
  static SNAPSHOT_EVERY = 5000;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly registry: ProjectionRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const caughtUpTo = await this.projectionRunner().catchUp();
    this.logger.log(`Read models caught up to position ${caughtUpTo}`);
    this.projectionRunner().start();
    this.maintainSnapshots();
  }

  /** Brings the as-of snapshots up to date in the background; a failure only costs speed. */
  maintainSnapshots(): Promise<number> {
    this.snapshotter ??= new SnapshotMaintainer(this.store, this.registry.all(), this.readModels, ReadSide.SNAPSHOT_EVERY);
    return this.snapshotter.update().catch((error) => {
      this.logger.warn(`As-of snapshots not updated: ${(error as Error).message}`);
      return 0;
    });
  }

  onApplicationShutdown(): void {
    this.runner?.stop();
  }

  /** Read-your-writes: returns once every read model has folded the event at `position`. */
  async waitFor(position: bigint): Promise<void> {
    await this.projectionRunner().waitFor(position);
    if (position - this.snapshotsCheckedAt >= BigInt(ReadSide.SNAPSHOT_EVERY)) {
      this.snapshotsCheckedAt = position;
      void this.maintainSnapshots();
    }
  }

  /** Drops every read model and folds them again from the first event; snapshots are rebuilt too. */
  async rebuild(onProgress?: (position: bigint) => void): Promise<bigint> {
    await this.readModels.clearSnapshots();
    this.asOfCache.clear();
    const head = await this.projectionRunner().rebuild(undefined, onProgress);
    await this.maintainSnapshots();
    return head;
  }

  /**
   * The live read models, or every projection folded as at `asOf` from the nearest snapshot
   * before it. The projection names say what the caller reads; all are folded so that one fold
   * serves every register asked about the same instant. An `InstantAtPosition` also bounds the
   * fold by its log position: such an answer never changes, so it is always cached.
   */
  async reader(projections: readonly string[], asOf?: Date | null): Promise<ReadModelReader> {
    if (!asOf) return this.readModels;
    if (Number.isNaN(asOf.getTime())) throw new InvalidInputError('asOf is not a valid instant', { field: 'asOf' });
    this.registry.named(projections);
    const to = asOf instanceof InstantAtPosition ? asOf.position : undefined;
    const key = to === undefined ? asOf.toISOString() : `${asOf.toISOString()}@${to}`;
    const cached = this.asOfCache.get(key);
    if (cached) return cached;
    const folded =
      to === undefined
        ? foldAsOfFromSnapshot(this.store, this.registry.all(), asOf, this.readModels)
        : this.store.headPosition().then((head) => {
            if (to > head) throw new InvalidInputError(`Position ${to} is beyond the head of the log (${head})`, { field: 'position' });
            return foldAsOfFromSnapshot(this.store, this.registry.all(), asOf, this.readModels, to);
          });
    // Only instants safely in the past are final; the last seconds may still receive events.
    if (to !== undefined || asOf.getTime() < Date.now() - 5000) {
      this.asOfCache.set(key, folded);
      folded.catch(() => this.asOfCache.delete(key));
      if (this.asOfCache.size > ReadSide.AS_OF_CACHE_SIZE) this.asOfCache.delete(this.asOfCache.keys().next().value as string);
    }
    return folded;
  }

  private projectionRunner(): ProjectionRunner {
    this.runner ??= new ProjectionRunner(this.store, this.readModels, this.registry.all(), {
      onError: (error) => this.logger.error(error, 'Projection runner failed; it retries at the next append or poll'),
    });
    return this.runner;
  }
}
