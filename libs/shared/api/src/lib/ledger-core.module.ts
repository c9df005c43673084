import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { EventStore, PersonalDataKeyStore, PersonalDataVault, ReadModelStore } from '@ledger/event-store-core';
import { ProjectionRegistry } from './read/projection-registry';
import { ReadSide } from './read/read-side';
import { EVENT_STORE, READ_MODEL_STORE } from './tokens';
import { CommandExecutor } from './write/command-executor';
import { StaffPresenter } from './people/staff-presenter';
import { UniquenessGuard } from './write/uniqueness-guard';

export interface LedgerCoreOptions {
  eventStore: EventStore;
  readModels: ReadModelStore;
  personalDataKeys: PersonalDataKeyStore;
}

/** The write path, the read side and the stores, shared by every context module. */
@Global()
@Module({})
export class LedgerCoreModule {
  static forRoot(options: LedgerCoreOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: EVENT_STORE, useValue: options.eventStore },
      { provide: READ_MODEL_STORE, useValue: options.readModels },
      { provide: PersonalDataVault, useValue: new PersonalDataVault(options.personalDataKeys) },
      ProjectionRegistry,
      ReadSide,
      CommandExecutor,
      StaffPresenter,
      UniquenessGuard,
    ];
    return { module: LedgerCoreModule, providers, exports: [EVENT_STORE, READ_MODEL_STORE, PersonalDataVault, ProjectionRegistry, ReadSide, CommandExecutor, StaffPresenter, UniquenessGuard] };
  }
}
