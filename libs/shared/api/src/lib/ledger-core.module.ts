import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { EventStore, ReadModelStore } from '@ledger/event-store-core';
import { DateScalar } from './graphql/date.scalar';
import { ProjectionRegistry } from './read/projection-registry';
import { ReadSide } from './read/read-side';
import { EVENT_STORE, READ_MODEL_STORE } from './tokens';
import { CommandExecutor } from './write/command-executor';

export interface LedgerCoreOptions {
  eventStore: EventStore;
  readModels: ReadModelStore;
}

/** The write path, the read side and the stores, shared by every context module. */
@Global()
@Module({})
export class LedgerCoreModule {
  static forRoot(options: LedgerCoreOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: EVENT_STORE, useValue: options.eventStore },
      { provide: READ_MODEL_STORE, useValue: options.readModels },
      ProjectionRegistry,
      ReadSide,
      CommandExecutor,
      DateScalar,
    ];
    return { module: LedgerCoreModule, providers, exports: [EVENT_STORE, READ_MODEL_STORE, ProjectionRegistry, ReadSide, CommandExecutor] };
  }
}
