import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ContractType } from '@ledger/contracts-api';
import { GatewayQueries, ProcurementType } from '@ledger/gateway-api';

/**
 * Contract.procurement joins two contexts, so the app composes it: the gateway context owns
 * procurements, the contracts context owns contracts, neither imports the other's api.
 */
@Resolver(() => ContractType)
export class ContractProcurementResolver {
  constructor(private readonly gateway: GatewayQueries) {}

  @ResolveField(() => ProcurementType, { description: 'The procurement the contract was awarded from, as at the same instant' })
  async procurement(@Parent() contract: ContractType): Promise<ProcurementType> {
    return (await this.gateway.procurement(contract.procurementId, contract.asOf ?? null)) as ProcurementType;
  }
}
