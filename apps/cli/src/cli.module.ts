import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { IdentityModule } from '@ledger/identity-api';
import { WorkforceModule } from '@ledger/workforce-api';
import { GatewayModule } from '@ledger/gateway-api';
import { LessonsModule } from '@ledger/lessons-api';
import { RiskModule } from '@ledger/risk-api';
import { StrategyModule } from '@ledger/strategy-api';
import { StrategyPackModule } from '@ledger/strategy-pack';
import { ContractsModule } from '@ledger/contracts-api';
import { LedgerCoreModule, LogCheckpointsModule } from '@ledger/shared-api';
import { Stores, logCheckpointsFor } from '@ledger/runtime';

/** The write and read paths without HTTP: commands from the CLI go through the same handlers. */
@Module({})
export class CliModule {
  static forRoot(stores: Stores, jwtSecret: string): DynamicModule {
    return {
      module: CliModule,
      imports: [
        LedgerCoreModule.forRoot({
          eventStore: stores.eventStore,
          readModels: stores.readModels,
          personalDataKeys: stores.personalDataKeys,
          accountLookupKey: stores.keys.accountLookup.key,
        }),
        // The CLI signs on demand and at each pack, never on a timer: it runs for one command.
        LogCheckpointsModule.forRoot(logCheckpointsFor(stores), { intervalMinutes: 0 }),
        CqrsModule.forRoot(),
        JwtModule.register({ global: true, secret: jwtSecret }),
        IdentityModule,
        WorkforceModule,
        GatewayModule,
        LessonsModule,
        RiskModule,
        StrategyModule,
        StrategyPackModule,
        ContractsModule,
      ],
    };
  }
}
