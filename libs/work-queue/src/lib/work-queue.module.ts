import { Module } from '@nestjs/common';
import { ContractsModule } from '@ledger/contracts-api';
import { GatewayModule } from '@ledger/gateway-api';
import { LessonsModule } from '@ledger/lessons-api';
import { RiskModule } from '@ledger/risk-api';
import { WorkforceModule } from '@ledger/workforce-api';
import { MyWorkResolver } from './my-work.resolver';
import { WorkQueueGatherer } from './work-queue.gatherer';

/** Each person's work queue (`myWork`): reads what every context records as due (ADR 0026). */
@Module({
  imports: [WorkforceModule, GatewayModule, LessonsModule, RiskModule, ContractsModule],
  providers: [WorkQueueGatherer, MyWorkResolver],
  exports: [WorkQueueGatherer],
})
export class WorkQueueModule {}
