import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@ledger/shared-api';
import { RiskExportsController, RiskRegisterExporter } from './exports/risk-register.export';
import { RiskResolver } from './graphql/risk.resolver';
import { RISK_PROJECTIONS } from './projections';
import { RiskQueries } from './read/risk-queries';
import { RISK_COMMAND_HANDLERS } from './write/handlers';

/** The strategic risk register and its reviews (procurement lead). */
@Module({
  imports: [CqrsModule],
  controllers: [RiskExportsController],
  providers: [RiskRegisterExporter, RiskQueries, ...RISK_COMMAND_HANDLERS, RiskResolver],
  exports: [RiskQueries, RiskRegisterExporter],
})
export class RiskModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(...RISK_PROJECTIONS);
  }
}
