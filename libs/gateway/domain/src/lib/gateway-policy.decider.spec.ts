import { InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { GATEWAYS, Gateway, PeopleStatuses, RiskLevel } from '@ledger/shared-domain';
import { AdoptGatewayPolicy, DEFAULT_GATEWAY_POLICY, DEFAULT_POLICY_REASON, GatewayPolicyEvent, GatewayPolicyRules, gatewayPolicyDecider, requiredGateways } from './gateway-policy';

const spec = DeciderSpecification(gatewayPolicyDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'clerk-1' });

const rules = (overrides: Partial<GatewayPolicyRules> = {}): GatewayPolicyRules => ({ ...DEFAULT_GATEWAY_POLICY, ...overrides });
/** Everyone the committee names is on the register unless a case says otherwise. */
const registered = (ids: string[] | null = []): PeopleStatuses => Object.fromEntries((ids ?? []).map((id) => [id, 'REGISTERED']));
const adopt = (overrides: Partial<GatewayPolicyRules> = {}, reason = ' Annual review of contract procedure rules ', people?: PeopleStatuses): AdoptGatewayPolicy => ({
  type: 'AdoptGatewayPolicy',
  rules: rules(overrides),
  reason,
  people: people ?? registered(overrides.committee),
});
const adopted = (version: number, overrides: Partial<GatewayPolicyRules> = {}): GatewayPolicyEvent => ({
  type: 'GatewayPolicyAdopted',
  data: { ...rules(overrides), version, reason: 'Adopted by cabinet' },
});

const procurement = (estimatedValue: number, riskLevel: RiskLevel = 'LOW', politicalInterest = false) => ({ estimatedValue, riskLevel, politicalInterest });

const STRATEGY_AND_AWARD: Gateway[] = ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'];
const G1_TO_G5: Gateway[] = ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'];

describe('gateway policy', () => {
  describe('the gateways a procurement must pass under the default policy', () => {
    it.each([0, 1, 50_000, 99_999.99])('requires no gateway for a low risk procurement of £%p (below £100k)', (value) => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(value))).toEqual([]);
    });

    it.each([100_000, 250_000, 499_999.99])('requires procurement strategy and award from £100k (£%p)', (value) => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(value))).toEqual(STRATEGY_AND_AWARD);
    });

    it.each([500_000, 1_999_999.99])('requires G1 to G5 from £500k (£%p)', (value) => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(value))).toEqual(G1_TO_G5);
    });

    it.each([2_000_000, 50_000_000])('requires every gateway, G0 to G5, from £2m (£%p)', (value) => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(value))).toEqual([...GATEWAYS]);
    });

    it('requires strategy and award for a HIGH risk procurement whatever its value', () => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(0, 'HIGH'))).toEqual(STRATEGY_AND_AWARD);
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(10_000, 'HIGH'))).toEqual(STRATEGY_AND_AWARD);
    });

    it('adds nothing for a MEDIUM risk procurement below the threshold', () => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(10_000, 'MEDIUM'))).toEqual([]);
    });

    it('requires strategy and award for a procurement of political interest whatever its value', () => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(5_000, 'LOW', true))).toEqual(STRATEGY_AND_AWARD);
    });

    it('lists each gateway once, in gateway order, when several rules require it', () => {
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(100_000, 'HIGH', true))).toEqual(STRATEGY_AND_AWARD);
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(600_000, 'HIGH', true))).toEqual(G1_TO_G5);
      expect(requiredGateways(DEFAULT_GATEWAY_POLICY, procurement(3_000_000, 'HIGH', true))).toEqual([...GATEWAYS]);
    });

    it('orders gateways the policy lists out of order', () => {
      const policy = rules({ valueThresholds: [{ minValue: 0, gateways: ['G5_POST_CONTRACT_REVIEW', 'G0_STRATEGIC_NEED'] }], highRiskGateways: ['G3_AWARD', 'G1_BUSINESS_CASE'] });
      expect(requiredGateways(policy, procurement(1, 'HIGH'))).toEqual(['G0_STRATEGIC_NEED', 'G1_BUSINESS_CASE', 'G3_AWARD', 'G5_POST_CONTRACT_REVIEW']);
    });
  });

  describe('adopting a policy', () => {
    it('adopts the first policy as version 1 with its reason trimmed', () => {
      spec
        .given([])
        .when(adopt())
        .then([{ type: 'GatewayPolicyAdopted', data: { ...DEFAULT_GATEWAY_POLICY, version: 1, reason: 'Annual review of contract procedure rules' } }]);
    });

    it('adopts each later policy as the next version, never editing an earlier one', () => {
      spec
        .given([adopted(1), adopted(2, { quorum: 4 })])
        .when(adopt({ quorum: 5 }, 'Bigger committee'))
        .then([{ type: 'GatewayPolicyAdopted', data: { ...DEFAULT_GATEWAY_POLICY, quorum: 5, version: 3, reason: 'Bigger committee' } }]);
    });

    it('refuses a policy without a reason', () => {
      spec.given([]).when(adopt({}, '   ')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it('records thresholds in ascending value and their gateways in gateway order', () => {
      spec
        .given([])
        .when(
          adopt({
            valueThresholds: [
              { minValue: 1_000_000, gateways: ['G3_AWARD', 'G0_STRATEGIC_NEED'] },
              { minValue: 50_000, gateways: ['G3_AWARD', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
            ],
            highRiskGateways: ['G3_AWARD', 'G2_PROCUREMENT_STRATEGY'],
            politicalInterestGateways: ['G4_CONTRACT_MOBILISATION', 'G1_BUSINESS_CASE'],
          }),
        )
        .then([
          expect.objectContaining({
            data: expect.objectContaining({
              valueThresholds: [
                { minValue: 50_000, gateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
                { minValue: 1_000_000, gateways: ['G0_STRATEGIC_NEED', 'G3_AWARD'] },
              ],
              highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
              politicalInterestGateways: ['G1_BUSINESS_CASE', 'G4_CONTRACT_MOBILISATION'],
            }),
          }),
        ]);
    });

    it.each([1, 20])('accepts a quorum of %p', (quorum) => {
      spec
        .given([])
        .when(adopt({ quorum }))
        .then([expect.objectContaining({ data: expect.objectContaining({ quorum }) })]);
    });

    it.each([0, 21, 1.5, -3, Number.NaN])('refuses a quorum of %p: it must be a whole number from 1 to 20', (quorum) => {
      spec.given([]).when(adopt({ quorum })).thenThrows(InvalidInputError, /quorum must be a whole number from 1 to 20/);
    });

    it('accepts a threshold from £0', () => {
      spec
        .given([])
        .when(adopt({ valueThresholds: [{ minValue: 0, gateways: ['G3_AWARD'] }] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ valueThresholds: [{ minValue: 0, gateways: ['G3_AWARD'] }] }) })]);
    });

    it.each([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses a value threshold of %p', (minValue) => {
      spec
        .given([])
        .when(adopt({ valueThresholds: [{ minValue, gateways: ['G3_AWARD'] }] }))
        .thenThrows(InvalidInputError, /A value threshold must be 0 or more/);
    });

    it('refuses a value threshold naming an unknown gateway', () => {
      spec
        .given([])
        .when(adopt({ valueThresholds: [{ minValue: 0, gateways: ['G9_NONSENSE' as Gateway] }] }))
        .thenThrows(InvalidInputError, /A value threshold names an unknown gateway/);
    });

    it('refuses an unknown gateway among the high risk or political interest gateways', () => {
      spec
        .given([])
        .when(adopt({ highRiskGateways: ['G3_AWARD', 'G7_AUDIT' as Gateway] }))
        .thenThrows(InvalidInputError, /Unknown gateway in the policy/);
      spec
        .given([])
        .when(adopt({ politicalInterestGateways: ['g2_procurement_strategy' as Gateway] }))
        .thenThrows(InvalidInputError, /Unknown gateway in the policy/);
    });

    it('allows any registered staff member to sit when no committee is named (null)', () => {
      spec
        .given([])
        .when(adopt({ committee: null }))
        .then([expect.objectContaining({ data: expect.objectContaining({ committee: null }) })]);
    });

    it('records a named committee at least as large as the quorum', () => {
      spec
        .given([])
        .when(adopt({ quorum: 3, committee: ['s1', 's2', 's3'] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ quorum: 3, committee: ['s1', 's2', 's3'] }) })]);
    });

    it('records each committee member once', () => {
      spec
        .given([])
        .when(adopt({ quorum: 2, committee: ['s1', 's2', 's1', 's3', 's2'] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ committee: ['s1', 's2', 's3'] }) })]);
    });

    it('refuses a named committee smaller than the quorum', () => {
      spec
        .given([])
        .when(adopt({ quorum: 3, committee: ['s1', 's2'] }))
        .thenThrows(InvalidInputError, /A committee of 2 cannot reach a quorum of 3/);
      spec
        .given([])
        .when(adopt({ quorum: 1, committee: [] }))
        .thenThrows(InvalidInputError, /A committee of 0 cannot reach a quorum of 1/);
    });

    it('refuses a committee member who is not on the staff register', () => {
      spec
        .given([])
        .when(adopt({ quorum: 1, committee: ['s1', 'ghost'] }, 'Committee named', { s1: 'REGISTERED', ghost: 'UNKNOWN' }))
        .thenThrows(NotFoundError, /No staff member ghost/);
    });

    it('refuses a committee member whose personal data was erased', () => {
      spec
        .given([])
        .when(adopt({ quorum: 1, committee: ['s1', 's2'] }, 'Committee named', { s1: 'REGISTERED', s2: 'ERASED' }))
        .thenThrows(RuleViolationError, /A person whose personal data was erased cannot sit on the committee/);
    });
  });

  describe('the default policy for the first procurement', () => {
    it('adopts the default policy as version 1, on the record, when no policy was ever adopted', () => {
      spec
        .given([])
        .when({ type: 'AdoptDefaultGatewayPolicy' })
        .then([{ type: 'GatewayPolicyAdopted', data: { ...DEFAULT_GATEWAY_POLICY, version: 1, reason: DEFAULT_POLICY_REASON } }]);
    });

    it('decides nothing once a policy is in force: the adopted one keeps applying', () => {
      spec
        .given([adopted(1, { quorum: 2 })])
        .when({ type: 'AdoptDefaultGatewayPolicy' })
        .thenNothingHappens();
    });
  });
});

describe('gateway policy committee size', () => {
  it('counts committee members once when checking they can reach the quorum', () => {
    expect(() =>
      gatewayPolicyDecider.decide({ type: 'AdoptGatewayPolicy', rules: { ...DEFAULT_GATEWAY_POLICY, quorum: 3, committee: ['a', 'a', 'b'] }, reason: 'x', people: registered(['a', 'b']) }, gatewayPolicyDecider.initialState(), {
        now: new Date(),
        actorId: 'u',
        actorRoles: [],
      }),
    ).toThrow(/A committee of 2 cannot reach a quorum of 3/);
  });
});
