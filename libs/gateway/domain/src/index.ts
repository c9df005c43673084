export { GATEWAYS, RISK_LEVELS, OUTCOMES, isPassing, gatewayIndex, inGatewayOrder, type Gateway, type RiskLevel, type GatewayOutcome } from '@ledger/shared-domain';
export * from './lib/gateway-policy';
export * from './lib/procurement';
