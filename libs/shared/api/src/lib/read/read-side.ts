import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  EventStore,
  InvalidInputError,
  ProjectionRunner,
  ReadModelReader,
  ReadModelStore,
  foldAsOf,
} from '@ledger/event-store-core';
import { EVENT_STORE, READ_MODEL_STORE } from '../tokens';
import { ProjectionRegistry } from './projection-registry';

/**
 * The read side: one projection runner over every registered projection, following the log in the
 * background, plus as-of readers folded in memory from the events up to an instant.
 */
@Injectable()
export class ReadSide implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadSide.name);
  private runner?: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly registry: ProjectionRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const caughtUpTo = await this.projectionRunner().catchUp();
    this.logger.log(`Read models caught up to position ${caughtUpTo}`);
    this.projectionRunner().start();
  }

  onApplicationShutdown(): void {
    this.runner?.stop();
  }

  /** Read-your-writes: returns once every read model has folded the event at `position`. */
  waitFor(position: bigint): Promise<void> {
    return this.projectionRunner().waitFor(position);
  }

  rebuild(onProgress?: (position: bigint) => void): Promise<bigint> {
    return this.projectionRunner().rebuild(undefined, onProgress);
  }

  /** The live read models, or the named projections folded as at `asOf`. */
  async reader(projections: readonly string[], asOf?: Date | null): Promise<ReadModelReader> {
    if (!asOf) return this.readModels;
    if (Number.isNaN(asOf.getTime())) throw new InvalidInputError('asOf is not a valid instant', { field: 'asOf' });
    return foldAsOf(this.store, this.registry.named(projections), asOf);
  }

  private projectionRunner(): ProjectionRunner {
    this.runner ??= new ProjectionRunner(this.store, this.readModels, this.registry.all(), {
      onError: (error) => this.logger.error(error, 'Projection runner failed; it retries at the next append or poll'),
    });
    return this.runner;
  }
}
