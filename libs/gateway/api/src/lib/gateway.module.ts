import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { UpcastingEventStore } from '@ledger/event-store-core';
import { GATEWAY_UPCASTERS } from '@ledger/gateway-domain';
import { ProjectionRegistry } from '@ledger/shared-api';
import { GatewayExportsController, GatewayLogExporter } from './exports/gateway-log.export';
import { GatewayResolver } from './graphql/gateway.resolver';
import { GATEWAY_PROJECTIONS } from './projections';
import { GatewayQueries } from './read/gateway-queries';
import { GATEWAY_COMMAND_HANDLERS } from './write/handlers';

/** Gateway decisions on procurements: the policy, reviews, decisions, conflicts (procurement lead, committee). */
@Module({
  imports: [CqrsModule],
  controllers: [GatewayExportsController],
  providers: [GatewayLogExporter, GatewayQueries, ...GATEWAY_COMMAND_HANDLERS, GatewayResolver],
  exports: [GatewayQueries, GatewayLogExporter],
})
export class GatewayModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionRegistry,
    private readonly events: UpcastingEventStore,
  ) {}

  onModuleInit(): void {
    this.events.register(...GATEWAY_UPCASTERS);
    this.projections.register(...GATEWAY_PROJECTIONS);
  }
}
