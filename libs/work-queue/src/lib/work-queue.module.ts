import { Module } from '@nestjs/common';
import { ContractsModule } from '@ledger/contracts-api';
import { IdentityModule } from '@ledger/identity-api';
import { GatewayModule } from '@ledger/gateway-api';
import { LessonsModule } from '@ledger/lessons-api';
import { RiskModule } from '@ledger/risk-api';
import { WorkforceModule } from '@ledger/workforce-api';
import { CalendarFeedController } from './calendar-feed.controller';
import { MyWorkResolver } from './my-work.resolver';
import { WorkQueueGatherer } from './work-queue.gatherer';

/** Each person's work queue (`myWork`, ADR 0026) and calendar feed (ADR 0032): read what every context records as due. */
@Module({
  imports: [WorkforceModule, GatewayModule, LessonsModule, RiskModule, ContractsModule, IdentityModule],
  controllers: [CalendarFeedController],
  providers: [WorkQueueGatherer, MyWorkResolver],
  exports: [WorkQueueGatherer],
})
export class WorkQueueModule {}
