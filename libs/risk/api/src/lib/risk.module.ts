import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@ledger/shared-api';
import { RiskExportsController, RiskRegisterExporter } from './risk-register.export';
import { RiskCommandHandler } from './risk.handlers';
import { riskRegisterProjection } from './risk.projection';
import { RiskQueries } from './risk-queries';
import { RiskResolver } from './risk.resolver';

/** The strategic risk register and its reviews (procurement lead). */
@Module({
  imports: [CqrsModule],
  controllers: [RiskExportsController],
  providers: [RiskRegisterExporter, RiskQueries, RiskCommandHandler, RiskResolver],
  exports: [RiskQueries, RiskRegisterExporter],
})
export class RiskModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(riskRegisterProjection);
  }
}
