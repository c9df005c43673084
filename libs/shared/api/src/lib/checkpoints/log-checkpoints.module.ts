import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LogCheckpoints } from '@ledger/event-store-core';
import { CHECKPOINTS_SYSTEM_ACTOR_ID } from '../auth/actor';

export const CHECKPOINT_INTERVAL_MINUTES = Symbol('CHECKPOINT_INTERVAL_MINUTES');

/** The actor named on checkpoints the product signs by itself. */
export const CHECKPOINT_SYSTEM_ACTOR = { actorId: CHECKPOINTS_SYSTEM_ACTOR_ID, actorRoles: ['SYSTEM'] } as const;

/**
 * Signs a checkpoint of the log every CHECKPOINT_INTERVAL_MINUTES when something was appended
 * (ADR 0018). A second instance signing at the same moment loses the append race and continues
 * from the winner's checkpoint; a log that no longer verifies is never signed, and is logged.
 */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Checkpoints');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly checkpoints: LogCheckpoints,
    @Inject(CHECKPOINT_INTERVAL_MINUTES) private readonly intervalMinutes: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalMinutes <= 0) return;
    this.timer = setInterval(() => void this.signNow(), this.intervalMinutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One signing at a time, whoever asks; an empty log has nothing to sign. Never throws: it logs. */
  signNow(): Promise<void> {
    this.running ??= (async () => {
      try {
        if (!(await this.checkpoints.hasEvents())) return;
        const head = await this.checkpoints.sign('interval', CHECKPOINT_SYSTEM_ACTOR, new Date());
        if (head.recorded) this.logger.log({ treeSize: head.checkpoint.treeSize, rootHash: head.checkpoint.rootHash, keyId: head.checkpoint.keyId }, 'Signed a checkpoint of the log');
      } catch (error) {
        this.logger.error({ security: true, event: 'checkpoint-refused', reason: (error as Error).message }, 'No checkpoint signed');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}

/** Makes the installation's LogCheckpoints available to every module (audit, strategy pack, CLI). */
@Global()
@Module({})
export class LogCheckpointsModule {
  static forRoot(checkpoints: LogCheckpoints, options: { intervalMinutes: number }): DynamicModule {
    return {
      module: LogCheckpointsModule,
      providers: [{ provide: LogCheckpoints, useValue: checkpoints }, { provide: CHECKPOINT_INTERVAL_MINUTES, useValue: options.intervalMinutes }, CheckpointScheduler],
      exports: [LogCheckpoints, CheckpointScheduler],
    };
  }
}
