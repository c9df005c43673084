import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ContractsModule } from '@ledger/contracts-api';
import { GatewayModule } from '@ledger/gateway-api';
import { LessonsModule } from '@ledger/lessons-api';
import { RiskModule } from '@ledger/risk-api';
import { StrategyModule } from '@ledger/strategy-api';
import { WorkforceModule } from '@ledger/workforce-api';
import { StrategyPackGatherer } from './pack-gatherer';
import { SocialValueFoiController, SocialValueFoiService } from './social-value-foi';
import { StrategyPackDownloadsController } from './strategy-pack.controller';
import { StrategyPackResolver } from './strategy-pack.resolver';
import { StrategyPackService } from './strategy-pack.service';

/** The annual strategy update pack (reads every context's queries, records the pack in the strategy context) and the social value FOI answers. */
@Module({
  imports: [CqrsModule, WorkforceModule, GatewayModule, LessonsModule, RiskModule, StrategyModule, ContractsModule],
  controllers: [StrategyPackDownloadsController, SocialValueFoiController],
  providers: [StrategyPackGatherer, StrategyPackService, StrategyPackResolver, SocialValueFoiService],
  exports: [StrategyPackService, SocialValueFoiService],
})
export class StrategyPackModule {}
