import { EventStore } from '../event-store';
import { RecordedEvent } from '../envelope';
import { followLog } from '../follow';
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
 * The one projection runner: reads the log from the lowest checkpoint, lets each projection fold
 * the events past its own checkpoint, and commits each projection's changes with its checkpoint.
 */
export class ProjectionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private following?: AbortController;
  private readonly batchSize: number;

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
    const run = this.queue.then(() => this.runToHead());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Read-your-writes: resolves once every projection has folded the event at `position`. */
  async waitFor(position: bigint): Promise<void> {
    while ((await this.lowestCheckpoint()) < position) {
      const reached = await this.catchUp();
      if (reached < position && (await this.store.headPosition()) < position) {
        throw new Error(`Position ${position} is beyond the head of the log`);
      }
    }
  }

  /** Drops the named projections (all by default) and folds them again from the first event. */
  async rebuild(names?: readonly string[], onProgress?: (position: bigint) => void): Promise<bigint> {
    const chosen = this.projections.filter((p) => !names || names.includes(p.name));
    const run = this.queue.then(async () => {
      for (const projection of chosen) await this.readModels.reset(projection.name, projection.collections);
      return this.runToHead(onProgress);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Keeps the read models following the log in the background until stop(). */
  start(pollIntervalMs = 500): void {
    if (this.following) return;
    const controller = new AbortController();
    this.following = controller;
    void (async () => {
      const from = await this.lowestCheckpoint();
      for await (const event of followLog(this.store, { after: from, pollIntervalMs, signal: controller.signal })) {
        void event;
        await this.catchUp().catch((error) => this.options.onError?.(error));
      }
    })().catch((error) => this.options.onError?.(error));
  }

  stop(): void {
    this.following?.abort();
    this.following = undefined;
  }

  async checkpoints(): Promise<Record<string, bigint>> {
    const result: Record<string, bigint> = {};
    for (const projection of this.projections) result[projection.name] = await this.readModels.checkpoint(projection.name);
    return result;
  }

  private async lowestCheckpoint(): Promise<bigint> {
    const values = Object.values(await this.checkpoints());
    return values.reduce((min, value) => (value < min ? value : min), values[0] ?? 0n);
  }

  private async runToHead(onProgress?: (position: bigint) => void): Promise<bigint> {
    for (;;) {
      const from = await this.lowestCheckpoint();
      if (this.options.to !== undefined && from >= this.options.to) return from;
      const batch = await this.store.readAll({ from: from + 1n, to: this.options.to, limit: this.batchSize, until: this.options.until });
      if (batch.length === 0) return from;
      this.options.onBatch?.(batch);
      const to = batch[batch.length - 1].position;
      for (const projection of this.projections) await this.applyBatch(projection, batch, to);
      onProgress?.(to);
    }
  }

  private async applyBatch(projection: Projection, batch: readonly RecordedEvent[], to: bigint): Promise<void> {
    for (;;) {
      const from = await this.readModels.checkpoint(projection.name);
      if (from >= to) return;
      const unitOfWork = new UnitOfWork(this.readModels);
      for (const event of batch) {
        if (event.position > from && projection.handles.includes(event.type)) await projection.apply(event, unitOfWork);
      }
      try {
        await this.readModels.commit(projection.name, from, to, unitOfWork.changes());
        return;
      } catch (error) {
        if (!(error instanceof CheckpointMovedError)) throw error;
      }
    }
  }
}
