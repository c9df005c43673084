import { registerEnumType } from '@nestjs/graphql';
import { GATEWAYS, OUTCOMES, RISK_LEVELS } from '@ledger/shared-domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** The contract's governance enums, registered once for every context that uses them. */
export const RiskLevelEnum = enumOf(RISK_LEVELS);
export const GatewayEnum = enumOf(GATEWAYS);
export const GatewayOutcomeEnum = enumOf(OUTCOMES);
registerEnumType(RiskLevelEnum, { name: 'RiskLevel' });
registerEnumType(GatewayEnum, { name: 'Gateway', description: 'Gateways in the order they are passed (after IPA Gates 0-5)' });
registerEnumType(GatewayOutcomeEnum, { name: 'GatewayOutcome' });
