/** Shared kernel: gateway vocabulary referred to by the gateway, lessons and strategy contexts. */
/** The gateways in the order a procurement passes them (after IPA Gates 0-5, as councils run them). */
export const GATEWAYS = [
  'G0_STRATEGIC_NEED',
  'G1_BUSINESS_CASE',
  'G2_PROCUREMENT_STRATEGY',
  'G3_AWARD',
  'G4_CONTRACT_MOBILISATION',
  'G5_POST_CONTRACT_REVIEW',
] as const;
export type Gateway = (typeof GATEWAYS)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const OUTCOMES = ['APPROVED', 'APPROVED_WITH_CONDITIONS', 'DEFERRED', 'REJECTED'] as const;
export type GatewayOutcome = (typeof OUTCOMES)[number];

/** A gateway is passed when approved, with or without conditions. */
export const isPassing = (outcome: GatewayOutcome | null | undefined) => outcome === 'APPROVED' || outcome === 'APPROVED_WITH_CONDITIONS';

export const gatewayIndex = (gateway: Gateway) => GATEWAYS.indexOf(gateway);
export const inGatewayOrder = (gateways: Iterable<Gateway>) => [...new Set(gateways)].sort((a, b) => gatewayIndex(a) - gatewayIndex(b));

/** Each gateway as people say it, for messages a user reads: "the award gateway (G3)". */
export const GATEWAY_NAMES: Readonly<Record<Gateway, string>> = {
  G0_STRATEGIC_NEED: 'the strategic need gateway (G0)',
  G1_BUSINESS_CASE: 'the business case gateway (G1)',
  G2_PROCUREMENT_STRATEGY: 'the procurement strategy gateway (G2)',
  G3_AWARD: 'the award gateway (G3)',
  G4_CONTRACT_MOBILISATION: 'the contract mobilisation gateway (G4)',
  G5_POST_CONTRACT_REVIEW: 'the post-contract review gateway (G5)',
};
export const gatewayName = (gateway: Gateway) => GATEWAY_NAMES[gateway] ?? gateway;
