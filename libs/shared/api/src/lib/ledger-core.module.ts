import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { EventStore, PersonalDataKeyStore, PersonalDataVault, ReadModelStore, UpcastingEventStore } from '@ledger/event-store-core';
import { ProjectionRegistry } from './read/projection-registry';
import { ReadSide } from './read/read-side';
import { AS_OF_FOLDER, AsOfFolder } from './read/as-of-worker';
import { ACCOUNT_LOOKUP_KEY, EVENT_STORE, READ_MODEL_STORE } from './tokens';
import { CommandExecutor } from './write/command-executor';
import { StaffPresenter } from './people/staff-presenter';
import { UniquenessGuard } from './write/uniqueness-guard';
import { UniqueValues } from './write/unique-values';
import { DEFAULT_REQUEST_RATE_LIMITS, RequestRateLimitSettings, RequestRateLimits, SignInThrottle } from './auth/throttling';

export interface LedgerCoreOptions {
  eventStore: EventStore;
  readModels: ReadModelStore;
  personalDataKeys: PersonalDataKeyStore;
  /** The key of sign-in email lookup hashes (ADR 0020), from outside every store. */
  accountLookupKey: Buffer;
  requestRateLimits?: RequestRateLimitSettings;
  /** Folds registers as at past instants off the event loop (ADR 0024); in-process without one. */
  asOfFolder?: AsOfFolder;
}

/** The write path, the read side and the stores, shared by every context module. */
@Global()
@Module({})
export class LedgerCoreModule {
  static forRoot(options: LedgerCoreOptions): DynamicModule {
    // Every context reads events through the upcasters the contexts register at start.
    const eventStore = new UpcastingEventStore(options.eventStore);
    const providers: Provider[] = [
      { provide: EVENT_STORE, useValue: eventStore },
      { provide: UpcastingEventStore, useValue: eventStore },
      { provide: READ_MODEL_STORE, useValue: options.readModels },
      { provide: PersonalDataVault, useValue: new PersonalDataVault(options.personalDataKeys) },
      { provide: ACCOUNT_LOOKUP_KEY, useValue: options.accountLookupKey },
      { provide: AS_OF_FOLDER, useValue: options.asOfFolder ?? null },
      ProjectionRegistry,
      ReadSide,
      CommandExecutor,
      StaffPresenter,
      UniquenessGuard,
      UniqueValues,
      // One of each per process: every request counts against the same limits.
      SignInThrottle,
      { provide: RequestRateLimits, useValue: new RequestRateLimits(options.requestRateLimits ?? DEFAULT_REQUEST_RATE_LIMITS) },
    ];
    return { module: LedgerCoreModule, providers, exports: [EVENT_STORE, UpcastingEventStore, READ_MODEL_STORE, PersonalDataVault, ACCOUNT_LOOKUP_KEY, ProjectionRegistry, ReadSide, CommandExecutor, StaffPresenter, UniquenessGuard, UniqueValues, SignInThrottle, RequestRateLimits] };
  }
}
