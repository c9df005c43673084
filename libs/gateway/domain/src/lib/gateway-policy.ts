import { Decider, DomainEvent, InvalidInputError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, PeopleStatuses, assertMayAct, requiredText } from '@ledger/shared-domain';
import { GATEWAYS, Gateway, RiskLevel, inGatewayOrder } from '@ledger/shared-domain';

/** From this estimated value (GBP, whole life), a procurement passes these gateways. */
export interface ValueThreshold {
  minValue: number;
  gateways: Gateway[];
}

export interface GatewayPolicyRules {
  valueThresholds: ValueThreshold[];
  /** Gateways every HIGH risk procurement passes, whatever its value. */
  highRiskGateways: Gateway[];
  /** Gateways every procurement of political interest passes, whatever its value. */
  politicalInterestGateways: Gateway[];
  /** Members who must decide together. */
  quorum: number;
  /** Staff member ids who may sit; null: any registered staff member. */
  committee: string[] | null;
}

/**
 * Sensible UK defaults: PCR/Procurement Act practice and council contract procedure rules.
 * From £100k strategy and award approval; from £500k the business case, mobilisation and a
 * post-contract review too; from £2m the strategic need as well (IPA Gate 0). Every HIGH risk or
 * politically sensitive procurement goes through strategy and award. Quorum of three.
 */
export const DEFAULT_GATEWAY_POLICY: GatewayPolicyRules = {
  valueThresholds: [
    { minValue: 100_000, gateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
    { minValue: 500_000, gateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'] },
    { minValue: 2_000_000, gateways: [...GATEWAYS] },
  ],
  highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  politicalInterestGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  quorum: 3,
  committee: null,
};

/** The gateways a procurement must pass under a policy, in order. */
export function requiredGateways(policy: GatewayPolicyRules, procurement: { estimatedValue: number; riskLevel: RiskLevel; politicalInterest: boolean }): Gateway[] {
  const gateways: Gateway[] = [];
  for (const threshold of policy.valueThresholds) if (procurement.estimatedValue >= threshold.minValue) gateways.push(...threshold.gateways);
  if (procurement.riskLevel === 'HIGH') gateways.push(...policy.highRiskGateways);
  if (procurement.politicalInterest) gateways.push(...policy.politicalInterestGateways);
  return inGatewayOrder(gateways);
}

export type GatewayPolicyAdopted = DomainEvent<'GatewayPolicyAdopted', GatewayPolicyRules & { version: number; reason: string }>;
export type GatewayPolicyEvent = GatewayPolicyAdopted;

/** `people` is resolved by the handler: the register status of each committee member named. */
export type AdoptGatewayPolicy = { type: 'AdoptGatewayPolicy'; rules: GatewayPolicyRules; reason: string; people: PeopleStatuses };
/**
 * Sent before a procurement is registered: adopts DEFAULT_GATEWAY_POLICY, on the record, only when
 * no policy was ever adopted, and otherwise decides nothing. The policy stream (not the
 * procurement) keeps the adoption, so `gatewayPolicies` lists it as version 1 and a later
 * adoption becomes version 2, as before; the decision is this pure decider's, not the handler's.
 */
export type AdoptDefaultGatewayPolicy = { type: 'AdoptDefaultGatewayPolicy' };
export type GatewayPolicyCommand = AdoptGatewayPolicy | AdoptDefaultGatewayPolicy;
/** A policy command as sent: without the facts the handler resolves (people). */
export type GatewayPolicyRequest = DistributiveOmit<GatewayPolicyCommand, 'people'>;

export const DEFAULT_POLICY_REASON = 'Default policy adopted when the first procurement was registered';

export interface GatewayPolicyState {
  version: number;
  rules: GatewayPolicyRules | null;
}

/** One stream holds every version of the policy: each adoption is a new version, never an edit. */
export const GATEWAY_POLICY_STREAM = 'gateway-policy-authority';

function validRules(rules: GatewayPolicyRules): GatewayPolicyRules {
  const gatewaysOk = (list: Gateway[]) => Array.isArray(list) && list.every((g) => (GATEWAYS as readonly string[]).includes(g));
  if (!Number.isInteger(rules.quorum) || rules.quorum < 1 || rules.quorum > 20) throw new InvalidInputError('quorum must be a whole number from 1 to 20', { field: 'quorum' });
  for (const threshold of rules.valueThresholds) {
    if (!Number.isFinite(threshold.minValue) || threshold.minValue < 0) throw new InvalidInputError('A value threshold must be 0 or more', { field: 'valueThresholds' });
    if (!gatewaysOk(threshold.gateways)) throw new InvalidInputError('A value threshold names an unknown gateway', { field: 'valueThresholds' });
  }
  if (!gatewaysOk(rules.highRiskGateways) || !gatewaysOk(rules.politicalInterestGateways)) throw new InvalidInputError('Unknown gateway in the policy');
  const committee = rules.committee === null ? null : [...new Set(rules.committee)];
  if (committee !== null && committee.length < rules.quorum) {
    throw new InvalidInputError(`A committee of ${committee.length} cannot reach a quorum of ${rules.quorum}`, { field: 'committee' });
  }
  return {
    valueThresholds: [...rules.valueThresholds].sort((a, b) => a.minValue - b.minValue).map((t) => ({ minValue: t.minValue, gateways: inGatewayOrder(t.gateways) })),
    highRiskGateways: inGatewayOrder(rules.highRiskGateways),
    politicalInterestGateways: inGatewayOrder(rules.politicalInterestGateways),
    quorum: rules.quorum,
    committee,
  };
}

export const gatewayPolicyDecider: Decider<GatewayPolicyCommand, GatewayPolicyEvent, GatewayPolicyState> = {
  initialState: () => ({ version: 0, rules: null }),
  decide(command, state) {
    switch (command.type) {
      case 'AdoptGatewayPolicy':
        for (const id of command.rules.committee ?? []) assertMayAct(id, command.people, 'sit on the committee');
        return [{ type: 'GatewayPolicyAdopted', data: { ...validRules(command.rules), version: state.version + 1, reason: requiredText('reason', command.reason, 2000) } }];
      case 'AdoptDefaultGatewayPolicy':
        if (state.version > 0) return [];
        return [{ type: 'GatewayPolicyAdopted', data: { ...DEFAULT_GATEWAY_POLICY, version: 1, reason: DEFAULT_POLICY_REASON } }];
      default:
        return unhandled('command', command);
    }
  },
  evolve(_, event) {
    const { version, reason, ...rules } = event.data;
    void reason;
    return { version, rules };
  },
};
