import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@ledger/shared-api';
import { StrategyResolver } from './graphql/strategy.resolver';
import { STRATEGY_PROJECTIONS } from './projections';
import { StrategyQueries } from './read/strategy-queries';
import { STRATEGY_COMMAND_HANDLERS } from './write/handlers';

/** The maturity assessment, its areas and action plan, and the record of generated strategy update packs. */
@Module({
  imports: [CqrsModule],
  providers: [StrategyQueries, ...STRATEGY_COMMAND_HANDLERS, StrategyResolver],
  exports: [StrategyQueries],
})
export class StrategyModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(...STRATEGY_PROJECTIONS);
  }
}
