import { EventStore } from '../event-store';
import { RecordedEvent } from '../envelope';
import { logChanges } from '../follow';
import { InMemoryReadModelStore } from './in-memory-read-model-store';
import { ReplayOptions, replayIntoStore } from './in-memory-fold';
import { Projection } from './projection';
import { CheckpointMovedError, ReadModelStore } from './read-model-store';
import { UnitOfWork } from './unit-of-work';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  /** Only events recorded up to this instant: used for as-of folds. */
  until?: Date;
  /** Stop at this global position (snapshots are taken at fixed positions). */
  to?: bigint;
  /** Sees every batch read from the log. */
  onBatch?: (events: readonly RecordedEvent[]) => void;
  onError?: (error: unknown) => void;
}

/**
 * How far past its committed checkpoint a projection may have passed events it does not handle
 * before the runner commits the checkpoint anyway (so a restart re-reads at most this many).
 */
const PASSED_COMMIT_DISTANCE = 1000n;

/** The longest the runner folds before it lets the event loop answer others (requests, /health). */
const SLICE_MS = 20;

/**
 * Lets waiting callbacks run when the current slice of folding has run for SLICE_MS: a catch-up
 * after a large import folds thousands of events per projection, which held the API's event loop
 * for up to a second. Pending changes stay in the unit of work, unseen, until the batch commits.
 */
class Slicer {
  private started = performance.now();

  async pause(): Promise<void> {
    if (performance.now() - this.started < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }
}

/**
 * The one projection runner: reads the log from the lowest checkpoint, lets each projection fold
 * the events past its own checkpoint, and commits each projection's changes with its checkpoint.
 *
 * A projection that handles none of a batch's events has nothing to commit: the runner remembers
 * in memory that it has passed them instead of committing an unchanged checkpoint (one durable
 * transaction per projection per mutation was most of a mutation's cost). Its next commit, with
 * documents, moves the checkpoint over them; after a crash it only reads them again, and ignores
 * them again. Documents and the checkpoint they reach still commit together.
 */
export class ProjectionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private following?: AbortController;
  private readonly batchSize: number;
  /**
   * Per projection: the log in (basis, to] holds no event it handles, where basis was its committed
   * checkpoint then. Valid while the committed checkpoint is at least basis: only a rebuild moves
   * a checkpoint back, and then the documents are gone too.
   */
  private readonly passed = new Map<string, { basis: bigint; to: bigint }>();
  private readonly slicer = new Slicer();
  /** Every projection has folded at least this far (checkpoints only move back by a rebuild). */
  private reached = 0n;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    const names = new Set<string>();
    for (const projection of projections) {
      if (names.has(projection.name)) throw new Error(`Two projections are named ${projection.name}`);
      if (!Number.isInteger(projection.version) || projection.version < 1) throw new Error(`Projection ${projection.name} has no version (a whole number from 1)`);
      names.add(projection.name);
    }
  }

  /** Brings every projection up to the head of the log; calls are serialised. */
  catchUp(): Promise<bigint> {
    return this.catchUpTo();
  }

  /**
   * Read-your-writes: resolves once every projection has folded the event at `position`.
   *
   * A position just appended may not be readable yet: PostgreSQL shows an event only once every
   * transaction that began before it has ended (ADR 0022), e.g. another instance's append or
   * read-model commit. So a position beyond the readable head is waited for, briefly, before it
   * is called a position that does not exist.
   */
  async waitFor(position: bigint, { visibleWithinMs = 30_000 } = {}): Promise<void> {
    const deadline = performance.now() + visibleWithinMs;
    for (let pause = 1; this.reached < position; ) {
      const reached = await this.catchUpTo(position);
      if (reached >= position || (await this.store.headPosition()) >= position) continue;
      if (performance.now() > deadline) throw new Error(`Position ${position} is beyond the head of the log`);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 50);
    }
  }

  /**
   * Queued behind the runs before it; a run for a position that an earlier run has already folded
   * does nothing (many concurrent mutations wait on one catch-up instead of one each).
   */
  private catchUpTo(position?: bigint): Promise<bigint> {
    const run = this.queue.then(() => (position !== undefined && this.reached >= position ? this.reached : this.runToHead()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Drops the named projections (all by default) and folds them again from the first event: in
   * memory, written in large transactions (documents with checkpoints, so that a rebuild killed
   * half-way leaves read models a restart completes), with as-of snapshots from the same fold when
   * asked (ADR 0023). Then catches every projection up to the head as usual.
   */
  async rebuild(names?: readonly string[], onProgress?: (position: bigint) => void, options: Omit<ReplayOptions, 'onProgress'> = {}): Promise<bigint> {
    const chosen = this.projections.filter((p) => !names || names.includes(p.name));
    const replay = async () => {
      for (const projection of chosen) {
        this.passed.delete(projection.name);
        await this.readModels.reset(projection.name, projection.collections);
      }
      await replayIntoStore(this.store, this.readModels, chosen, { ...options, onProgress });
    };
    const run = this.queue.then(async () => {
      this.reached = 0n;
      // Derived data written in large commits: durable once at the end where the store can (ADR 0038).
      await (this.readModels.rebuilding ? this.readModels.rebuilding(replay) : replay());
      // Their read models are now made by these versions of the projections (ADR 0039).
      await this.recordCurrentVersions(chosen);
      return this.runToHead(onProgress);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Rebuilds from the log every read model made by another version of its projection (ADR 0039),
   * and answers their names: a projection's `version` changes when its documents change shape, and
   * folding new events into documents of the old shape gave wrong answers. The version that made
   * each read model is kept as a checkpoint of its own (`projection-version:<name>`), moved only by
   * compare-and-set, so of two instances recording it at once one does. A store with none yet (a
   * new store, or one from before versions were recorded) is taken as current. Several instances
   * starting together may each begin the rebuild: the first to write goes on, and the others, told
   * their checkpoint moved, follow its writes (see below) instead of failing to start.
   */
  async rebuildChanged(): Promise<string[]> {
    const recorded = await this.recordedVersions(this.projections);
    await this.recordVersions(
      this.projections.filter((projection) => recorded.get(projection.name) === 0n),
      recorded,
    );
    const changed = this.projections
      .filter((projection) => {
        const version = recorded.get(projection.name);
        return version !== 0n && version !== BigInt(projection.version);
      })
      .map((projection) => projection.name);
    if (changed.length === 0) return changed;
    try {
      await this.rebuild(changed);
    } catch (error) {
      if (!(error instanceof CheckpointMovedError)) throw error;
      // Another instance is rebuilding the same read models and wrote first. This one dropped every
      // changed read model before it folded anything, so whatever is there now was folded by these
      // versions: record them (a no-op if the other did) and catch up from its checkpoints as usual.
      await this.recordCurrentVersions(this.projections.filter((projection) => changed.includes(projection.name)));
    }
    return changed;
  }

  private async recordedVersions(projections: readonly Projection[]): Promise<Map<string, bigint>> {
    const recorded = new Map<string, bigint>();
    for (const projection of projections) recorded.set(projection.name, await this.readModels.checkpoint(projectionVersionKey(projection.name)));
    return recorded;
  }

  /** Records that these versions of the projections made their read models, over whatever was recorded. */
  private async recordCurrentVersions(projections: readonly Projection[]): Promise<void> {
    await this.recordVersions(projections, await this.recordedVersions(projections));
  }

  /** In one transaction; refused whole when another instance recorded any of them first (it records them all). */
  private async recordVersions(projections: readonly Projection[], recorded: ReadonlyMap<string, bigint>): Promise<void> {
    if (projections.length === 0) return;
    const commits = projections.map((projection) => ({
      projection: projectionVersionKey(projection.name),
      from: recorded.get(projection.name) ?? 0n,
      to: BigInt(projection.version),
      changes: { puts: [], deletes: [] },
    }));
    try {
      await this.readModels.commitAll(commits);
    } catch (error) {
      if (!(error instanceof CheckpointMovedError)) throw error;
    }
  }

  /**
   * Keeps the read models following the log in the background until stop(): one catch-up after
   * each append in this process, or at each poll for other writers' appends. The log's events are
   * not read here, only the news that there are some: the catch-up reads them. (Following the log
   * event by event started one catch-up per event, and after a 20,000-event import the 19,999 with
   * nothing left to fold held the event loop for 3-5 s, re-reading every checkpoint each time.)
   */
  start(pollIntervalMs = 500): void {
    if (this.following) return;
    const controller = new AbortController();
    this.following = controller;
    void (async () => {
      for await (const _ of logChanges(this.store, { pollIntervalMs, signal: controller.signal })) {
        // News just before stop() must not start a run after it: the stores close next.
        if (controller.signal.aborted) break;
        await this.catchUp().catch((error) => this.options.onError?.(error));
      }
    })().catch((error) => this.options.onError?.(error));
  }

  /**
   * Stops following the log; resolves when the run in progress has ended, so that whoever closes
   * the stores next does not pull them from under a batch being folded.
   */
  async stop(): Promise<void> {
    this.following?.abort();
    this.following = undefined;
    await this.queue;
  }

  /** How far each projection has folded: its committed checkpoint, or past it over events it ignores. */
  async checkpoints(): Promise<Record<string, bigint>> {
    const committed = await this.committedCheckpoints();
    const result: Record<string, bigint> = {};
    for (const [name, position] of committed) result[name] = this.foldedTo(name, position);
    return result;
  }

  private async committedCheckpoints(): Promise<Map<string, bigint>> {
    const result = new Map<string, bigint>();
    for (const projection of this.projections) result.set(projection.name, await this.readModels.checkpoint(projection.name));
    return result;
  }

  /** The committed checkpoint, or the position the projection has passed without anything to fold. */
  private foldedTo(name: string, committed: bigint): bigint {
    const passed = this.passed.get(name);
    if (!passed) return committed;
    if (committed < passed.basis) {
      // Rebuilt (by another process) since: what was passed must be folded again.
      this.passed.delete(name);
      return committed;
    }
    return passed.to > committed ? passed.to : committed;
  }

  private async runToHead(onProgress?: (position: bigint) => void): Promise<bigint> {
    // Read once per run, then kept by the commits below (a commit from a stale value fails and re-reads).
    const committed = await this.committedCheckpoints();
    for (;;) {
      const folded = [...committed].map(([name, position]) => this.foldedTo(name, position));
      const from = folded.reduce((min, value) => (value < min ? value : min), folded[0] ?? 0n);
      if (from > this.reached) this.reached = from;
      if (this.options.to !== undefined && from >= this.options.to) return from;
      const batch = await this.store.readAll({ from: from + 1n, to: this.options.to, limit: this.batchSize, until: this.options.until });
      if (batch.length === 0) return from;
      this.options.onBatch?.(batch);
      const to = batch[batch.length - 1].position;
      for (const projection of this.projections) committed.set(projection.name, await this.applyBatch(projection, batch, from, to, committed.get(projection.name) ?? 0n));
      onProgress?.(to);
    }
  }

  /** Folds the batch into one projection; returns its committed checkpoint afterwards. */
  private async applyBatch(projection: Projection, batch: readonly RecordedEvent[], after: bigint, to: bigint, committedBefore: bigint): Promise<bigint> {
    for (let committed = committedBefore; ; committed = await this.readModels.checkpoint(projection.name)) {
      const from = this.foldedTo(projection.name, committed);
      if (from >= to) return committed;
      // Behind the batch: reset by a rebuild in another process after the batch was read. Folding
      // the batch would skip the events before it; the next pass reads from this checkpoint.
      if (from < after) return committed;
      const events = batch.filter((event) => event.position > from && projection.handles.includes(event.type));
      if (events.length === 0 && to - committed < PASSED_COMMIT_DISTANCE) {
        // Nothing to fold: remember the passed events rather than commit an unchanged checkpoint.
        const passed = this.passed.get(projection.name);
        this.passed.set(projection.name, { basis: passed && passed.to === from ? passed.basis : committed, to });
        return committed;
      }
      // In memory (as-of folds, tests), reads need no copy: the unit of work hands out what it reads.
      const unitOfWork = new UnitOfWork(this.readModels instanceof InMemoryReadModelStore ? this.readModels.folding : this.readModels);
      for (const event of events) {
        await projection.apply(event, unitOfWork);
        await this.slicer.pause();
      }
      try {
        // From the committed checkpoint: the events between it and `from` were passed, none handled.
        await this.readModels.commit(projection.name, committed, to, unitOfWork.changes());
        this.passed.delete(projection.name);
        return to;
      } catch (error) {
        if (!(error instanceof CheckpointMovedError)) throw error;
      }
    }
  }
}

/** The checkpoint row that holds the version of the projection that made a read model (ADR 0039). */
const projectionVersionKey = (name: string) => `projection-version:${name}`;
