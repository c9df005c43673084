import { ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { GATEWAYS, Gateway, GatewayOutcome, PeopleStatuses } from '@ledger/shared-domain';
import { DEFAULT_GATEWAY_POLICY, GatewayPolicyRules } from './gateway-policy';
import {
  DecisionInput,
  ProcurementBasis,
  ProcurementCommand,
  ProcurementEvent,
  conflictOfInterestDeclaredV1ToV2,
  eligibleDeciders,
  gatewayDecisionCorrectedV1ToV2,
  gatewayDecisionRecordedV1ToV2,
  procurementDecider,
} from './procurement';

const spec = DeciderSpecification(procurementDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'clerk-1' });

type RegisterProcurement = Extract<ProcurementCommand, { type: 'RegisterProcurement' }>;
type ChangeProcurementBasis = Extract<ProcurementCommand, { type: 'ChangeProcurementBasis' }>;
type RecordGatewayDecision = Extract<ProcurementCommand, { type: 'RecordGatewayDecision' }>;
type CorrectGatewayDecision = Extract<ProcurementCommand, { type: 'CorrectGatewayDecision' }>;

const G1: Gateway = 'G1_BUSINESS_CASE';
const G2: Gateway = 'G2_PROCUREMENT_STRATEGY';
const G3: Gateway = 'G3_AWARD';
const G4: Gateway = 'G4_CONTRACT_MOBILISATION';
const G1_TO_G5: Gateway[] = [G1, G2, G3, 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'];
const QUORUM = ['m1', 'm2', 'm3'];

/** A policy unlike the default: the procurement must follow its own snapshot, not the default nor a later version. */
const OWN_POLICY: GatewayPolicyRules = {
  valueThresholds: [{ minValue: 200_000, gateways: [G3] }],
  highRiskGateways: [G1],
  politicalInterestGateways: ['G4_CONTRACT_MOBILISATION'],
  quorum: 2,
  committee: null,
};

// ---- commands ----
const register = (overrides: Partial<RegisterProcurement> = {}): RegisterProcurement => ({
  type: 'RegisterProcurement',
  procurementId: 'pr1',
  title: '  Highways maintenance framework ',
  estimatedValue: 150_000,
  riskLevel: 'MEDIUM',
  politicalInterest: false,
  policyVersion: 1,
  policy: DEFAULT_GATEWAY_POLICY,
  ...overrides,
});
const changeBasis = (overrides: Partial<ChangeProcurementBasis> = {}): ChangeProcurementBasis => ({
  type: 'ChangeProcurementBasis',
  estimatedValue: 150_000,
  riskLevel: 'MEDIUM',
  politicalInterest: false,
  reason: ' Scope extended to winter gritting ',
  ...overrides,
});
/** Self-declared (the acting user is the staff member) unless `by` says who recorded it and why. */
const declare = (
  staffMemberId = 'm1',
  nature = ' Spouse works for a bidder ',
  people = registeredPeople([staffMemberId]),
  by: { actorStaffMemberId?: string | null; onBehalfReason?: string | null } = {},
): ProcurementCommand => ({
  type: 'DeclareConflictOfInterest',
  staffMemberId,
  nature,
  people,
  actorStaffMemberId: by.actorStaffMemberId === undefined ? staffMemberId : by.actorStaffMemberId,
  onBehalfReason: by.onBehalfReason ?? null,
});
const request = (reviewId: string, gateway: string, summary = ' Strategy paper v2 for the committee '): ProcurementCommand => ({
  type: 'RequestGatewayReview',
  reviewId,
  gateway,
  summary,
});
/** Everyone a command names is on the staff register unless a case says otherwise. */
const registeredPeople = (ids: string[]): PeopleStatuses => Object.fromEntries(ids.map((id) => [id, 'REGISTERED']));
const decisionInput = (overrides: Partial<DecisionInput> = {}): DecisionInput => {
  const committeeMemberIds = overrides.committeeMemberIds ?? QUORUM;
  return {
    reviewId: 'r2',
    outcome: 'APPROVED',
    conditions: [],
    rationale: ' Strategy is sound and compliant ',
    basisPosition: '1234',
    actorStaffMemberId: null,
    ...overrides,
    committeeMemberIds,
    people: overrides.people ?? registeredPeople(committeeMemberIds),
  };
};
const record = (overrides: Partial<DecisionInput> = {}): RecordGatewayDecision => ({ type: 'RecordGatewayDecision', ...decisionInput(overrides) });
const correct = (overrides: Partial<DecisionInput> = {}, reason = ' Minutes misrecorded the outcome '): CorrectGatewayDecision => ({
  type: 'CorrectGatewayDecision',
  ...decisionInput(overrides),
  reason,
});
const discharge = (reviewId = 'r2', conditionIndex = 0, evidence = ' Social value plan received '): ProcurementCommand => ({
  type: 'DischargeCondition',
  reviewId,
  conditionIndex,
  evidence,
});

// ---- events ----
const registeredWith = (basis: Partial<ProcurementBasis> = {}, requiredGateways: Gateway[] = [G2, G3], policy = DEFAULT_GATEWAY_POLICY, policyVersion = 1): ProcurementEvent => ({
  type: 'ProcurementRegistered',
  data: {
    procurementId: 'pr1',
    title: 'Highways maintenance framework',
    estimatedValue: 150_000,
    riskLevel: 'MEDIUM',
    politicalInterest: false,
    ...basis,
    policyVersion,
    policy,
    requiredGateways,
  },
});
/** £150k under the default policy: G2 then G3. */
const registered = registeredWith();
/** £750k under the default policy: G1 to G5. */
const registeredLarge = registeredWith({ estimatedValue: 750_000 }, G1_TO_G5);
const basisChanged = (basis: Partial<ProcurementBasis>, requiredGateways: Gateway[]): ProcurementEvent => ({
  type: 'ProcurementBasisChanged',
  data: { procurementId: 'pr1', estimatedValue: 150_000, riskLevel: 'MEDIUM', politicalInterest: false, ...basis, reason: 'Re-estimated', requiredGateways },
});
const conflictDeclared = (staffMemberId: string): ProcurementEvent => ({
  type: 'ConflictOfInterestDeclared',
  data: { procurementId: 'pr1', staffMemberId, nature: 'Shareholder', declaredBy: staffMemberId, onBehalfReason: null },
});
const requested = (reviewId: string, gateway: Gateway): ProcurementEvent => ({ type: 'GatewayReviewRequested', data: { procurementId: 'pr1', reviewId, gateway, summary: 'Paper' } });
const decided = (reviewId: string, gateway: Gateway, outcome: GatewayOutcome, conditions: string[] = []): ProcurementEvent => ({
  type: 'GatewayDecisionRecorded',
  data: { procurementId: 'pr1', reviewId, gateway, outcome, conditions, rationale: 'Discussed', deciders: QUORUM, recordedBy: 'clerk-1', recordedByStaffMemberId: null, basisPosition: '100' },
});
const corrected = (reviewId: string, gateway: Gateway, outcome: GatewayOutcome, conditions: string[] = []): ProcurementEvent => ({
  type: 'GatewayDecisionCorrected',
  data: { procurementId: 'pr1', reviewId, gateway, outcome, conditions, rationale: 'Discussed', deciders: QUORUM, recordedBy: 'clerk-1', recordedByStaffMemberId: null, basisPosition: '200', reason: 'Misrecorded' },
});
const discharged = (reviewId: string, conditionIndex: number): ProcurementEvent => ({
  type: 'ConditionDischarged',
  data: { procurementId: 'pr1', reviewId, conditionIndex, evidence: 'Received', dischargedBy: 'clerk-1' },
});

/** G2 (review r2) passed, with the given outcome. */
const g2Decided = (outcome: GatewayOutcome, conditions: string[] = []) => [registered, requested('r2', G2), decided('r2', G2, outcome, conditions)];
const g2Approved = g2Decided('APPROVED');
const TWO_CONDITIONS = ['Social value plan before award', 'TUPE list verified'];
const g2WithConditions = g2Decided('APPROVED_WITH_CONDITIONS', TWO_CONDITIONS);

describe('procurement decider', () => {
  describe('registering a procurement', () => {
    it('registers a procurement with its basis, the policy version and snapshot, and the gateways that policy requires', () => {
      spec
        .given([])
        .when(register())
        .then([
          {
            type: 'ProcurementRegistered',
            data: {
              procurementId: 'pr1',
              title: 'Highways maintenance framework',
              estimatedValue: 150_000,
              riskLevel: 'MEDIUM',
              politicalInterest: false,
              policyVersion: 1,
              policy: DEFAULT_GATEWAY_POLICY,
              requiredGateways: [G2, G3],
            },
          },
        ]);
    });

    it('computes the required gateways from the policy it is given, not the default', () => {
      spec
        .given([])
        .when(register({ estimatedValue: 250_000, riskLevel: 'HIGH', politicalInterest: true, policyVersion: 7, policy: OWN_POLICY }))
        .then([
          expect.objectContaining({
            data: expect.objectContaining({ policyVersion: 7, policy: OWN_POLICY, requiredGateways: [G1, G3, 'G4_CONTRACT_MOBILISATION'] }),
          }),
        ]);
    });

    it.each([
      [50_000, 'LOW', false, []],
      [100_000, 'LOW', false, [G2, G3]],
      [500_000, 'LOW', false, G1_TO_G5],
      [2_000_000, 'LOW', false, [...GATEWAYS]],
      [10_000, 'HIGH', false, [G2, G3]],
      [10_000, 'LOW', true, [G2, G3]],
    ] as const)('under the default policy, a procurement of £%p, %s risk, political interest %p passes %j', (estimatedValue, riskLevel, politicalInterest, gateways) => {
      spec
        .given([])
        .when(register({ estimatedValue, riskLevel, politicalInterest }))
        .then([expect.objectContaining({ data: expect.objectContaining({ requiredGateways: gateways }) })]);
    });

    it('records the estimated value to the penny', () => {
      spec
        .given([])
        .when(register({ estimatedValue: 1234.567 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ estimatedValue: 1234.57 }) })]);
    });

    it('accepts an estimated value of £0', () => {
      spec
        .given([])
        .when(register({ estimatedValue: 0 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ estimatedValue: 0, requiredGateways: [] }) })]);
    });

    it('refuses a procurement without a title', () => {
      spec.given([]).when(register({ title: '   ' })).thenThrows(InvalidInputError, /title must not be empty/);
    });

    it.each([-0.01, -100, Number.NaN, Number.POSITIVE_INFINITY, 1e13])('refuses an estimated value of %p', (estimatedValue) => {
      spec.given([]).when(register({ estimatedValue })).thenThrows(InvalidInputError, /estimatedValue must be an amount in pounds, 0 or more/);
    });

    it.each(['CRITICAL', 'high', ''])('refuses a risk level of %p: it must be LOW, MEDIUM or HIGH', (riskLevel) => {
      spec
        .given([])
        .when(register({ riskLevel: riskLevel as RegisterProcurement['riskLevel'] }))
        .thenThrows(InvalidInputError, /riskLevel must be one of LOW, MEDIUM, HIGH/);
    });

    it('refuses to register the same procurement twice', () => {
      spec.given([registered]).when(register()).thenThrows(RuleViolationError, /Procurement pr1 is already registered/);
    });
  });

  describe('a procurement that was never registered', () => {
    it.each<[string, ProcurementCommand]>([
      ['change its basis', changeBasis()],
      ['declare a conflict of interest', declare()],
      ['request a gateway review', request('r2', G2)],
      ['record a gateway decision', record()],
      ['correct a gateway decision', correct()],
      ['discharge a condition', discharge()],
    ])('refuses to %s', (_, command) => {
      spec.given([]).when(command).thenThrows(RuleViolationError, /No such procurement/);
    });
  });

  describe('changing the basis of a procurement', () => {
    it('records the new basis with its reason and the gateways now required', () => {
      spec
        .given([registered])
        .when(changeBasis({ estimatedValue: 600_000, riskLevel: 'HIGH' }))
        .then([
          {
            type: 'ProcurementBasisChanged',
            data: {
              procurementId: 'pr1',
              estimatedValue: 600_000,
              riskLevel: 'HIGH',
              politicalInterest: false,
              reason: 'Scope extended to winter gritting',
              requiredGateways: G1_TO_G5,
            },
          },
        ]);
    });

    it('computes the gateways under the policy recorded at registration, not the default or a later policy', () => {
      spec
        .given([registeredWith({ estimatedValue: 50_000 }, [], OWN_POLICY, 4)])
        .when(changeBasis({ estimatedValue: 2_500_000, politicalInterest: true }))
        .then([expect.objectContaining({ data: expect.objectContaining({ requiredGateways: [G3, 'G4_CONTRACT_MOBILISATION'] }) })]);
    });

    it('drops gateways the new basis no longer requires', () => {
      spec
        .given([registered])
        .when(changeBasis({ estimatedValue: 80_000 }))
        .then([expect.objectContaining({ data: expect.objectContaining({ estimatedValue: 80_000, requiredGateways: [] }) })]);
    });

    it('records nothing when the basis does not change', () => {
      spec.given([registered]).when(changeBasis()).thenNothingHappens();
      spec
        .given([registered])
        .when(changeBasis({ estimatedValue: 150_000.001 }))
        .thenNothingHappens();
      spec
        .given([registered, basisChanged({ estimatedValue: 600_000 }, G1_TO_G5)])
        .when(changeBasis({ estimatedValue: 600_000 }))
        .thenNothingHappens();
    });

    it('records a change of political interest alone', () => {
      spec
        .given([registeredWith({ estimatedValue: 10_000 }, [])])
        .when(changeBasis({ estimatedValue: 10_000, politicalInterest: true }))
        .then([expect.objectContaining({ data: expect.objectContaining({ politicalInterest: true, requiredGateways: [G2, G3] }) })]);
    });

    it('refuses a change without a reason', () => {
      spec
        .given([registered])
        .when(changeBasis({ estimatedValue: 200_000, reason: '  ' }))
        .thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it('refuses an invalid new basis', () => {
      spec
        .given([registered])
        .when(changeBasis({ estimatedValue: -1 }))
        .thenThrows(InvalidInputError, /estimatedValue must be an amount in pounds/);
      spec
        .given([registered])
        .when(changeBasis({ riskLevel: 'SEVERE' as ChangeProcurementBasis['riskLevel'] }))
        .thenThrows(InvalidInputError, /riskLevel must be one of/);
    });
  });

  describe('reviewing a gateway again after the basis changed', () => {
    it('refuses a new review of an approved gateway while the basis is unchanged', () => {
      spec
        .given(g2Approved)
        .when(request('r2b', G2))
        .thenThrows(RuleViolationError, /The procurement strategy gateway \(G2\) was already approved; a new review is needed only when the basis changes/);
      spec.given(g2WithConditions).when(request('r2b', G2)).thenThrows(RuleViolationError, /was already approved/);
    });

    it('allows a new review of an approved gateway once the basis changed', () => {
      spec
        .given([...g2Approved, basisChanged({ estimatedValue: 400_000 }, [G2, G3])])
        .when(request('r2b', G2, 'Revised strategy for the larger scope'))
        .then([{ type: 'GatewayReviewRequested', data: { procurementId: 'pr1', reviewId: 'r2b', gateway: G2, summary: 'Revised strategy for the larger scope' } }]);
    });

    it('refuses yet another review once the re-review was decided on the new basis', () => {
      spec
        .given([...g2Approved, basisChanged({ estimatedValue: 400_000 }, [G2, G3]), requested('r2b', G2), decided('r2b', G2, 'APPROVED')])
        .when(request('r2c', G2))
        .thenThrows(RuleViolationError, /was already approved/);
    });

    it('treats a review still open when the basis changed as decided on the new basis', () => {
      spec
        .given([registered, requested('r2', G2), basisChanged({ estimatedValue: 400_000 }, [G2, G3]), decided('r2', G2, 'APPROVED')])
        .when(request('r2b', G2))
        .thenThrows(RuleViolationError, /was already approved/);
    });
  });

  describe('declaring a conflict of interest', () => {
    const lead = { actorRoles: ['PROCUREMENT_LEAD'] };
    const committeeMember = { actorRoles: ['COMMITTEE_MEMBER'] };
    const forSomeoneElse = (actorStaffMemberId: string | null, onBehalfReason: string | null = ' Declared at the committee meeting; m2 is on leave ') => ({ actorStaffMemberId, onBehalfReason });

    it('records the member and the nature of the conflict, declared by the member themselves', () => {
      spec
        .given([registered])
        .when(declare('m2', ' Former director of a bidder '), committeeMember)
        .then([
          {
            type: 'ConflictOfInterestDeclared',
            data: { procurementId: 'pr1', staffMemberId: 'm2', nature: 'Former director of a bidder', declaredBy: 'm2', onBehalfReason: null },
          },
        ]);
    });

    it('records a conflict a procurement lead recorded for someone else, with the reason: shown as on their behalf', () => {
      spec
        .given([registered])
        .when(declare('m2', ' Former director of a bidder ', registeredPeople(['m2']), forSomeoneElse('lead-1')), lead)
        .then([
          {
            type: 'ConflictOfInterestDeclared',
            data: {
              procurementId: 'pr1',
              staffMemberId: 'm2',
              nature: 'Former director of a bidder',
              declaredBy: 'lead-1',
              onBehalfReason: 'Declared at the committee meeting; m2 is on leave',
            },
          },
        ]);
    });

    it('refuses a committee member declaring a conflict for someone else', () => {
      spec
        .given([registered])
        .when(declare('m2', 'Shareholder of a bidder', registeredPeople(['m2']), forSomeoneElse('m1')), committeeMember)
        .thenThrows(ForbiddenError, /Declare your own conflict of interest: only a procurement lead may record one for someone else/);
    });

    it('refuses a committee member without a staff record: they cannot be the person declaring', () => {
      spec
        .given([registered])
        .when(declare('m2', 'Shareholder of a bidder', registeredPeople(['m2']), forSomeoneElse(null)), committeeMember)
        .thenThrows(ForbiddenError, /only a procurement lead may record one for someone else/);
    });

    it('refuses a lead recording a conflict for someone else without the reason', () => {
      for (const reason of [null, '   ']) {
        spec
          .given([registered])
          .when(declare('m2', 'Shareholder of a bidder', registeredPeople(['m2']), forSomeoneElse('lead-1', reason)), lead)
          .thenThrows(InvalidInputError, /needs the reason it is recorded on their behalf/);
      }
    });

    it('records a conflict an administrator without a staff record recorded for someone else: declared by nobody on the register, with the reason', () => {
      spec
        .given([registered])
        .when(declare('m2', 'Shareholder of a bidder', registeredPeople(['m2']), forSomeoneElse(null, 'Reported by the monitoring officer')), { actorRoles: ['ADMIN'] })
        .then([expect.objectContaining({ data: expect.objectContaining({ staffMemberId: 'm2', declaredBy: null, onBehalfReason: 'Reported by the monitoring officer' }) })]);
    });

    it('records a lead’s own conflict as self-declared, keeping no on-behalf reason', () => {
      spec
        .given([registered])
        .when(declare('lead-1', 'Shareholder of a bidder', registeredPeople(['lead-1']), forSomeoneElse('lead-1', 'Not needed')), lead)
        .then([expect.objectContaining({ data: expect.objectContaining({ staffMemberId: 'lead-1', declaredBy: 'lead-1', onBehalfReason: null }) })]);
    });

    it('refuses a committee member declaring for someone else even when that conflict is already on the record', () => {
      spec
        .given([registered, conflictDeclared('m2')])
        .when(declare('m2', 'Shareholder of a bidder', registeredPeople(['m2']), forSomeoneElse('m1')), committeeMember)
        .thenThrows(ForbiddenError, /only a procurement lead/);
    });

    it('reads a declaration recorded before schema 2 as self-declared, with who declared it unknown, and still keeps the member from deciding', () => {
      const v1 = { procurementId: 'pr1', staffMemberId: 'm2', nature: 'Shareholder' };
      const upcast = conflictOfInterestDeclaredV1ToV2.upcast(v1);
      expect(upcast).toEqual({ ...v1, declaredBy: null, onBehalfReason: null });
      spec
        .given([registered, requested('r2', G2), { type: 'ConflictOfInterestDeclared', data: upcast } as ProcurementEvent])
        .when(record({ committeeMemberIds: ['m1', 'm2', 'm3'] }))
        .thenThrows(RuleViolationError, /cannot decide on it/);
    });

    it('refuses a declaration without its nature', () => {
      spec.given([registered]).when(declare('m2', ' ')).thenThrows(InvalidInputError, /nature must not be empty/);
    });

    it('records nothing when the member already declared a conflict', () => {
      spec.given([registered, conflictDeclared('m2')]).when(declare('m2', 'Another interest')).thenNothingHappens();
    });

    it('refuses a declaration by someone not on the staff register', () => {
      spec.given([registered]).when(declare('x9', 'Interest', { x9: 'UNKNOWN' })).thenThrows(NotFoundError, /No staff member x9/);
    });

    it('records a declaration by a member whose personal data was since erased: the interest stays on the record', () => {
      spec
        .given([registered])
        .when(declare('m2', 'Interest', { m2: 'ERASED' }))
        .then([expect.objectContaining({ type: 'ConflictOfInterestDeclared', data: expect.objectContaining({ staffMemberId: 'm2' }) })]);
    });

    it('records a second member’s conflict', () => {
      spec
        .given([registered, conflictDeclared('m2')])
        .when(declare('m3'))
        .then([expect.objectContaining({ type: 'ConflictOfInterestDeclared', data: expect.objectContaining({ staffMemberId: 'm3' }) })]);
    });
  });

  describe('requesting a gateway review', () => {
    it('requests a review of a required gateway with its summary trimmed', () => {
      spec
        .given([registered])
        .when(request('r2', G2))
        .then([{ type: 'GatewayReviewRequested', data: { procurementId: 'pr1', reviewId: 'r2', gateway: G2, summary: 'Strategy paper v2 for the committee' } }]);
    });

    it('refuses a gateway the policy does not require, naming the policy version', () => {
      spec
        .given([registered])
        .when(request('r1', G1))
        .thenThrows(RuleViolationError, /The business case gateway \(G1\) is not required for this procurement under gateway policy version 1 \(required: the procurement strategy gateway \(G2\), the award gateway \(G3\)\)/);
      spec
        .given([registeredWith({ estimatedValue: 20_000 }, [], OWN_POLICY, 4)])
        .when(request('r3', G3))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) is not required for this procurement under gateway policy version 4 \(required: none\)/);
    });

    it('follows the gateways required after a basis change', () => {
      spec
        .given([registered, basisChanged({ estimatedValue: 40_000 }, [])])
        .when(request('r2', G2))
        .thenThrows(RuleViolationError, /is not required/);
      spec
        .given([registered, basisChanged({ estimatedValue: 600_000 }, G1_TO_G5)])
        .when(request('r1', G1))
        .then([expect.objectContaining({ data: expect.objectContaining({ gateway: G1 }) })]);
    });

    it.each(['G9_NONSENSE', 'g2_procurement_strategy', ''])('refuses an unknown gateway %p', (gateway) => {
      spec.given([registered]).when(request('r2', gateway)).thenThrows(InvalidInputError, /gateway must be one of G0_STRATEGIC_NEED/);
    });

    it('refuses a review without a summary', () => {
      spec.given([registered]).when(request('r2', G2, '  ')).thenThrows(InvalidInputError, /summary must not be empty/);
    });

    it('refuses G3 before G2 was reviewed', () => {
      spec
        .given([registered])
        .when(request('r3', G3))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) cannot be reviewed before the procurement strategy gateway \(G2\) is approved \(with or without conditions\)/);
    });

    it('refuses G3 while the G2 review waits for a decision', () => {
      spec
        .given([registered, requested('r2', G2)])
        .when(request('r3', G3))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) cannot be reviewed before the procurement strategy gateway \(G2\) is approved/);
    });

    it.each(['DEFERRED', 'REJECTED'] as const)('refuses G3 when G2 was %s: only an approval counts', (outcome) => {
      spec
        .given(g2Decided(outcome))
        .when(request('r3', G3))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) cannot be reviewed before the procurement strategy gateway \(G2\) is approved/);
    });

    it('allows G3 once G2 was approved', () => {
      spec
        .given(g2Approved)
        .when(request('r3', G3))
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewId: 'r3', gateway: G3 }) })]);
    });

    it('allows G3 once G2 was approved with conditions, before they are discharged', () => {
      spec
        .given(g2WithConditions)
        .when(request('r3', G3))
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewId: 'r3', gateway: G3 }) })]);
    });

    it('judges G2 by its latest decision: a correction to REJECTED stops G3', () => {
      spec
        .given([...g2Approved, corrected('r2', G2, 'REJECTED')])
        .when(request('r3', G3))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) cannot be reviewed before the procurement strategy gateway \(G2\) is approved/);
      spec
        .given([...g2Decided('DEFERRED'), corrected('r2', G2, 'APPROVED')])
        .when(request('r3', G3))
        .then([expect.objectContaining({ data: expect.objectContaining({ gateway: G3 }) })]);
    });

    it('judges G2 by its latest review: a re-review after a rejection that is approved lets G3 through', () => {
      spec
        .given([...g2Decided('REJECTED'), requested('r2b', G2), decided('r2b', G2, 'APPROVED')])
        .when(request('r3', G3))
        .then([expect.objectContaining({ data: expect.objectContaining({ gateway: G3 }) })]);
    });

    it('requires every earlier required gateway to be passed, naming the first one missing', () => {
      spec
        .given([registeredLarge, requested('r1', G1), decided('r1', G1, 'APPROVED'), requested('r2', G2), decided('r2', G2, 'APPROVED')])
        .when(request('r4', G4))
        .thenThrows(RuleViolationError, /The contract mobilisation gateway \(G4\) cannot be reviewed before the award gateway \(G3\) is approved/);
      spec
        .given([registeredLarge])
        .when(request('r3', G3))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) cannot be reviewed before the business case gateway \(G1\) is approved/);
    });

    it('does not wait for an earlier gateway the policy does not require', () => {
      // £150k: G1 is not required, so G2 is the first gateway.
      spec
        .given([registered])
        .when(request('r2', G2))
        .then([expect.objectContaining({ data: expect.objectContaining({ gateway: G2 }) })]);
    });

    it('refuses a second review of a gateway while one waits for a decision', () => {
      spec
        .given([registered, requested('r2', G2)])
        .when(request('r2b', G2))
        .thenThrows(RuleViolationError, /A review of the procurement strategy gateway \(G2\) is already waiting for a decision/);
    });

    it.each(['DEFERRED', 'REJECTED'] as const)('allows a new review of a gateway that was %s', (outcome) => {
      spec
        .given(g2Decided(outcome))
        .when(request('r2b', G2))
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewId: 'r2b', gateway: G2 }) })]);
    });

    it('refuses a review id already used in this procurement', () => {
      spec
        .given(g2Decided('REJECTED'))
        .when(request('r2', G2))
        .thenThrows(RuleViolationError, /Review r2 already exists/);
      spec
        .given(g2Approved)
        .when(request('r2', G3))
        .thenThrows(RuleViolationError, /Review r2 already exists/);
    });
  });

  describe('recording a gateway decision', () => {
    const open = [registered, requested('r2', G2)];

    it('records the decision with its rationale, deciders and basis position, recorded by the clerk who need not be a decider', () => {
      spec
        .given(open)
        .when(record())
        .then([
          {
            type: 'GatewayDecisionRecorded',
            data: {
              procurementId: 'pr1',
              reviewId: 'r2',
              gateway: G2,
              outcome: 'APPROVED',
              conditions: [],
              rationale: 'Strategy is sound and compliant',
              deciders: QUORUM,
              recordedBy: 'clerk-1',
              recordedByStaffMemberId: null,
              basisPosition: '1234',
            },
          },
        ]);
    });

    it('names the clerk: the staff member the recording user is', () => {
      spec
        .given(open)
        .when(record({ actorStaffMemberId: 'clerk-staff-1' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ recordedBy: 'clerk-1', recordedByStaffMemberId: 'clerk-staff-1' }) })]);
    });

    it('refuses a decision recorded by a member who declared a conflict of interest, though three others decided', () => {
      spec
        .given([...open, conflictDeclared('m9')])
        .when(record({ actorStaffMemberId: 'm9' }))
        .thenThrows(RuleViolationError, /A member who declared a conflict of interest in this procurement cannot record its decisions/);
    });

    it('accepts a decision recorded by a clerk with no staff record: no declared conflict can be theirs', () => {
      spec
        .given([...open, conflictDeclared('m9')])
        .when(record({ actorStaffMemberId: null }))
        .then([expect.objectContaining({ data: expect.objectContaining({ deciders: QUORUM, recordedByStaffMemberId: null }) })]);
    });

    it('reads a decision recorded before schema 2 with the recording staff member unknown', () => {
      const v1 = { procurementId: 'pr1', reviewId: 'r2', recordedBy: 'clerk-1' };
      expect(gatewayDecisionRecordedV1ToV2.upcast(v1)).toEqual({ ...v1, recordedByStaffMemberId: null });
      expect(gatewayDecisionCorrectedV1ToV2.upcast(v1)).toEqual({ ...v1, recordedByStaffMemberId: null });
    });

    it('records the acting user as recordedBy', () => {
      spec
        .given(open)
        .when(record(), { actorId: 'm1' })
        .then([expect.objectContaining({ data: expect.objectContaining({ recordedBy: 'm1' }) })]);
    });

    it('records the basis position exactly as given', () => {
      spec
        .given(open)
        .when(record({ basisPosition: '18446744073709551615' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ basisPosition: '18446744073709551615' }) })]);
    });

    it('records an approval with its conditions trimmed', () => {
      spec
        .given(open)
        .when(record({ outcome: 'APPROVED_WITH_CONDITIONS', conditions: [' Social value plan before award ', 'TUPE list verified'] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ outcome: 'APPROVED_WITH_CONDITIONS', conditions: TWO_CONDITIONS }) })]);
    });

    it.each(['DEFERRED', 'REJECTED'] as const)('records a %s decision', (outcome) => {
      spec
        .given(open)
        .when(record({ outcome }))
        .then([expect.objectContaining({ data: expect.objectContaining({ outcome, conditions: [] }) })]);
    });

    it('refuses an approval with conditions that names none', () => {
      spec
        .given(open)
        .when(record({ outcome: 'APPROVED_WITH_CONDITIONS', conditions: [] }))
        .thenThrows(InvalidInputError, /An approval with conditions needs at least one condition/);
    });

    it('refuses a blank condition', () => {
      spec
        .given(open)
        .when(record({ outcome: 'APPROVED_WITH_CONDITIONS', conditions: ['Plan', '  '] }))
        .thenThrows(InvalidInputError, /conditions\[1\] must not be empty/);
    });

    it.each(['APPROVED', 'DEFERRED', 'REJECTED'] as const)('refuses conditions on a %s decision', (outcome) => {
      spec
        .given(open)
        .when(record({ outcome, conditions: ['Plan'] }))
        .thenThrows(InvalidInputError, new RegExp(`A ${outcome} decision carries no conditions`));
    });

    it.each(['APPROVE', 'approved', 'PENDING', ''])('refuses an outcome of %p', (outcome) => {
      spec.given(open).when(record({ outcome })).thenThrows(InvalidInputError, /outcome must be one of APPROVED, APPROVED_WITH_CONDITIONS, DEFERRED, REJECTED/);
    });

    it('refuses a decision without a rationale', () => {
      spec.given(open).when(record({ rationale: '  ' })).thenThrows(InvalidInputError, /rationale must not be empty/);
    });

    it('refuses a decision on a review that does not exist', () => {
      spec.given(open).when(record({ reviewId: 'r9' })).thenThrows(RuleViolationError, /No review r9 in this procurement/);
    });

    it.each(['APPROVED', 'DEFERRED', 'REJECTED'] as const)('refuses to decide a review already decided %s: a decision is never edited', (outcome) => {
      spec
        .given(g2Decided(outcome))
        .when(record({ outcome: 'APPROVED' }))
        .thenThrows(RuleViolationError, /already decided: a decision is never edited, record a correction with its reason instead/);
    });

    it('refuses a decision without a quorum', () => {
      spec
        .given(open)
        .when(record({ committeeMemberIds: ['m1', 'm2'] }))
        .thenThrows(RuleViolationError, /Quorum not met: 2 member\(s\) decided, the policy needs 3/);
      spec
        .given(open)
        .when(record({ committeeMemberIds: [] }))
        .thenThrows(RuleViolationError, /Quorum not met: 0 member\(s\) decided/);
    });

    it('counts each decider once towards the quorum', () => {
      spec
        .given(open)
        .when(record({ committeeMemberIds: ['m1', 'm1', 'm2'] }))
        .thenThrows(RuleViolationError, /Quorum not met: 2 member\(s\) decided, the policy needs 3/);
    });

    it('records each decider once', () => {
      spec
        .given(open)
        .when(record({ committeeMemberIds: ['m1', 'm2', 'm2', 'm3', 'm1'] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ deciders: QUORUM }) })]);
    });

    it('takes the quorum from the policy recorded at registration', () => {
      const ownPolicy = [registeredWith({ estimatedValue: 300_000 }, [G3], OWN_POLICY, 4), requested('r3', G3)];
      spec
        .given(ownPolicy)
        .when(record({ reviewId: 'r3', committeeMemberIds: ['m1', 'm2'] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ reviewId: 'r3', gateway: G3, deciders: ['m1', 'm2'] }) })]);
      spec
        .given(ownPolicy)
        .when(record({ reviewId: 'r3', committeeMemberIds: ['m1'] }))
        .thenThrows(RuleViolationError, /Quorum not met: 1 member\(s\) decided, the policy needs 2/);
    });

    it('refuses a decision taken by a member who declared a conflict of interest', () => {
      spec
        .given([...open, conflictDeclared('m2')])
        .when(record({ committeeMemberIds: ['m1', 'm2', 'm3', 'm4'] }))
        .thenThrows(RuleViolationError, /A member who declared a conflict of interest in this procurement cannot decide on it/);
    });

    it('accepts a decision when the conflicted member stood aside', () => {
      spec
        .given([...open, conflictDeclared('m2')])
        .when(record({ committeeMemberIds: ['m1', 'm3', 'm4'] }))
        .then([expect.objectContaining({ data: expect.objectContaining({ deciders: ['m1', 'm3', 'm4'] }) })]);
    });

    describe('with a committee named in the policy', () => {
      const committeePolicy: GatewayPolicyRules = { ...DEFAULT_GATEWAY_POLICY, committee: ['m1', 'm2', 'm3', 'm4'] };
      const openUnderCommittee = [registeredWith({}, [G2, G3], committeePolicy, 2), requested('r2', G2)];

      it('accepts a decision by committee members', () => {
        spec
          .given(openUnderCommittee)
          .when(record({ committeeMemberIds: ['m2', 'm3', 'm4'] }))
          .then([expect.objectContaining({ data: expect.objectContaining({ deciders: ['m2', 'm3', 'm4'] }) })]);
      });

      it('refuses a decision in which someone outside the committee took part', () => {
        spec
          .given(openUnderCommittee)
          .when(record({ committeeMemberIds: ['m1', 'm2', 'x9'] }))
          .thenThrows(RuleViolationError, /Only members of the gateway committee named in the policy may decide/);
      });
    });

    it('refuses a decision by someone not on the staff register, before any other rule', () => {
      spec
        .given(open)
        .when(record({ reviewId: 'r9', people: { m1: 'REGISTERED', m2: 'UNKNOWN', m3: 'REGISTERED' } }))
        .thenThrows(NotFoundError, /No staff member m2/);
    });

    it('refuses a decision by a member whose personal data was erased', () => {
      spec
        .given(open)
        .when(record({ people: { m1: 'REGISTERED', m2: 'REGISTERED', m3: 'ERASED' } }))
        .thenThrows(RuleViolationError, /A person whose personal data was erased cannot decide/);
    });

    it('treats a member the handler did not look up as unknown', () => {
      spec
        .given(open)
        .when(record({ people: {} }))
        .thenThrows(NotFoundError, /No staff member m1/);
    });

    it('refuses a decision when an earlier gateway is no longer passed', () => {
      spec
        .given([...g2Approved, requested('r3', G3), corrected('r2', G2, 'REJECTED')])
        .when(record({ reviewId: 'r3' }))
        .thenThrows(RuleViolationError, /The award gateway \(G3\) cannot be reviewed before the procurement strategy gateway \(G2\) is approved/);
    });
  });

  describe('correcting a gateway decision', () => {
    it('records the correction with its reason, by the acting user', () => {
      spec
        .given(g2Decided('DEFERRED'))
        .when(correct({ outcome: 'APPROVED_WITH_CONDITIONS', conditions: [' Social value plan before award '] }), { actorId: 'clerk-2' })
        .then([
          {
            type: 'GatewayDecisionCorrected',
            data: {
              procurementId: 'pr1',
              reviewId: 'r2',
              gateway: G2,
              outcome: 'APPROVED_WITH_CONDITIONS',
              conditions: ['Social value plan before award'],
              rationale: 'Strategy is sound and compliant',
              deciders: QUORUM,
              recordedBy: 'clerk-2',
              recordedByStaffMemberId: null,
              basisPosition: '1234',
              reason: 'Minutes misrecorded the outcome',
            },
          },
        ]);
    });

    it('names the clerk who recorded the correction', () => {
      spec
        .given(g2Approved)
        .when(correct({ outcome: 'DEFERRED', actorStaffMemberId: 'clerk-staff-2' }))
        .then([expect.objectContaining({ type: 'GatewayDecisionCorrected', data: expect.objectContaining({ recordedByStaffMemberId: 'clerk-staff-2' }) })]);
    });

    it('refuses a correction recorded by a member who declared a conflict of interest, even one declared after the decision', () => {
      spec
        .given([...g2Approved, conflictDeclared('m9')])
        .when(correct({ outcome: 'DEFERRED', actorStaffMemberId: 'm9' }))
        .thenThrows(RuleViolationError, /A member who declared a conflict of interest in this procurement cannot correct its decisions/);
    });

    it('corrects a decision that was already corrected', () => {
      spec
        .given([...g2Approved, corrected('r2', G2, 'REJECTED')])
        .when(correct({ outcome: 'APPROVED' }))
        .then([expect.objectContaining({ type: 'GatewayDecisionCorrected', data: expect.objectContaining({ outcome: 'APPROVED' }) })]);
    });

    it('refuses to correct a review that waits for its first decision', () => {
      spec
        .given([registered, requested('r2', G2)])
        .when(correct())
        .thenThrows(RuleViolationError, /Only a recorded decision can be corrected/);
    });

    it('refuses to correct a review that does not exist', () => {
      spec.given(g2Approved).when(correct({ reviewId: 'r9' })).thenThrows(RuleViolationError, /No review r9 in this procurement/);
    });

    it('refuses a correction without a reason', () => {
      spec.given(g2Approved).when(correct({}, '   ')).thenThrows(InvalidInputError, /reason must not be empty/);
    });

    it('validates a correction like a decision', () => {
      spec.given(g2Approved).when(correct({ outcome: 'MAYBE' })).thenThrows(InvalidInputError, /outcome must be one of/);
      spec.given(g2Approved).when(correct({ rationale: '' })).thenThrows(InvalidInputError, /rationale must not be empty/);
      spec
        .given(g2Approved)
        .when(correct({ outcome: 'APPROVED_WITH_CONDITIONS' }))
        .thenThrows(InvalidInputError, /An approval with conditions needs at least one condition/);
      spec
        .given(g2Approved)
        .when(correct({ outcome: 'REJECTED', conditions: ['x'] }))
        .thenThrows(InvalidInputError, /A REJECTED decision carries no conditions/);
      spec
        .given(g2Approved)
        .when(correct({ committeeMemberIds: ['m1', 'm1', 'm2'] }))
        .thenThrows(RuleViolationError, /Quorum not met: 2 member\(s\) decided, the policy needs 3/);
      spec
        .given([...g2Approved, conflictDeclared('m3')])
        .when(correct())
        .thenThrows(RuleViolationError, /declared a conflict of interest/);
    });

    it('refuses a correction by someone not on the register or whose personal data was erased', () => {
      spec
        .given(g2Approved)
        .when(correct({ people: { m1: 'UNKNOWN', m2: 'REGISTERED', m3: 'REGISTERED' } }))
        .thenThrows(NotFoundError, /No staff member m1/);
      spec
        .given(g2Approved)
        .when(correct({ people: { m1: 'REGISTERED', m2: 'ERASED', m3: 'REGISTERED' } }))
        .thenThrows(RuleViolationError, /A person whose personal data was erased cannot decide/);
    });

    it('refuses a correction by someone outside a named committee', () => {
      const committeePolicy: GatewayPolicyRules = { ...DEFAULT_GATEWAY_POLICY, committee: QUORUM };
      spec
        .given([registeredWith({}, [G2, G3], committeePolicy, 2), requested('r2', G2), decided('r2', G2, 'APPROVED')])
        .when(correct({ committeeMemberIds: ['m1', 'm2', 'x9'] }))
        .thenThrows(RuleViolationError, /Only members of the gateway committee/);
    });
  });

  describe('discharging a condition', () => {
    it('discharges a condition with its evidence, by the acting user', () => {
      spec
        .given(g2WithConditions)
        .when(discharge('r2', 1), { actorId: 'officer-7' })
        .then([{ type: 'ConditionDischarged', data: { procurementId: 'pr1', reviewId: 'r2', conditionIndex: 1, evidence: 'Social value plan received', dischargedBy: 'officer-7' } }]);
    });

    it('discharges the other conditions after one was discharged', () => {
      spec
        .given([...g2WithConditions, discharged('r2', 0)])
        .when(discharge('r2', 1))
        .then([expect.objectContaining({ data: expect.objectContaining({ conditionIndex: 1 }) })]);
    });

    it('refuses to discharge a condition twice', () => {
      spec
        .given([...g2WithConditions, discharged('r2', 0)])
        .when(discharge('r2', 0))
        .thenThrows(RuleViolationError, /This condition was already discharged/);
    });

    it.each([-1, 2, 0.5, Number.NaN])('refuses condition index %p when the decision has two conditions', (index) => {
      spec
        .given(g2WithConditions)
        .when(discharge('r2', index))
        .thenThrows(InvalidInputError, /conditionIndex must be from 0 to 1/);
    });

    it('refuses to discharge a condition of a decision without conditions', () => {
      spec.given(g2Approved).when(discharge('r2', 0)).thenThrows(RuleViolationError, /no decided conditions/);
      spec.given([registered, requested('r2', G2)]).when(discharge('r2', 0)).thenThrows(RuleViolationError, /no decided conditions/);
    });

    it('follows the conditions of a corrected decision', () => {
      spec
        .given([...g2WithConditions, corrected('r2', G2, 'APPROVED')])
        .when(discharge('r2', 0))
        .thenThrows(RuleViolationError, /no decided conditions/);
      spec
        .given([...g2Approved, corrected('r2', G2, 'APPROVED_WITH_CONDITIONS', ['Plan'])])
        .when(discharge('r2', 0))
        .then([expect.objectContaining({ type: 'ConditionDischarged', data: expect.objectContaining({ conditionIndex: 0 }) })]);
    });

    it('refuses a discharge without evidence', () => {
      spec.given(g2WithConditions).when(discharge('r2', 0, '  ')).thenThrows(InvalidInputError, /evidence must not be empty/);
    });

    it('refuses to discharge a condition of a review that does not exist', () => {
      spec.given(g2WithConditions).when(discharge('r9', 0)).thenThrows(RuleViolationError, /No review r9 in this procurement/);
    });
  });
});

describe('an approval whose basis changed', () => {
  it('no longer opens the next gateway until it is reviewed again', () => {
    const decided = (reviewId: string, gateway: string): ProcurementEvent => ({
      type: 'GatewayDecisionRecorded',
      data: { procurementId: 'p1', reviewId, gateway: gateway as never, outcome: 'APPROVED', conditions: [], rationale: 'ok', deciders: ['a', 'b', 'c'], recordedBy: 'clerk-1', recordedByStaffMemberId: null, basisPosition: '1' },
    });
    const history: ProcurementEvent[] = [
      registered,
      { type: 'GatewayReviewRequested', data: { procurementId: 'p1', reviewId: 'r2', gateway: 'G2_PROCUREMENT_STRATEGY', summary: 's' } },
      decided('r2', 'G2_PROCUREMENT_STRATEGY'),
      { type: 'ProcurementBasisChanged', data: { procurementId: 'p1', estimatedValue: 400000, riskLevel: 'MEDIUM', politicalInterest: false, reason: 'Scope grew', requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] } },
    ];
    spec
      .given(history)
      .when({ type: 'RequestGatewayReview', reviewId: 'r3', gateway: 'G3_AWARD', summary: 'Award on the old strategy' })
      .thenThrows(RuleViolationError, /approved on a basis that has since changed/);
  });
});

describe('who may be named as deciders (eligibleDeciders, what the decision form lists)', () => {
  const fold = (events: ProcurementEvent[]) => events.reduce(procurementDecider.evolve, procurementDecider.initialState());
  const register: PeopleStatuses = { m1: 'REGISTERED', m2: 'REGISTERED', m3: 'REGISTERED', m4: 'REGISTERED', gone: 'ERASED' };

  it('lists every staff member who keeps their personal data under the default policy ("any registered staff member may sit"), with its quorum', () => {
    const { quorum, deciders } = eligibleDeciders(fold([registered, requested('r2', G2)]), register);
    expect(quorum).toBe(3);
    expect(deciders).toEqual(['m1', 'm2', 'm3', 'm4'].map((staffMemberId) => ({ staffMemberId, conflictDeclared: false })));
  });

  it('lists only the committee a policy names', () => {
    const panel: GatewayPolicyRules = { ...DEFAULT_GATEWAY_POLICY, quorum: 2, committee: ['m2', 'm4', 'gone'] };
    const { quorum, deciders } = eligibleDeciders(fold([registeredWith({}, [G2, G3], panel, 2), requested('r2', G2)]), register);
    expect(quorum).toBe(2);
    expect(deciders.map((d) => d.staffMemberId)).toEqual(['m2', 'm4']);
  });

  it('marks a member who declared a conflict of interest', () => {
    const { deciders } = eligibleDeciders(fold([registered, conflictDeclared('m3'), requested('r2', G2)]), register);
    expect(deciders.find((d) => d.staffMemberId === 'm3')).toEqual({ staffMemberId: 'm3', conflictDeclared: true });
    expect(deciders.filter((d) => d.conflictDeclared)).toHaveLength(1);
  });

  it('agrees with decide: the unconflicted members listed may decide together, anyone else is refused', () => {
    const panel: GatewayPolicyRules = { ...DEFAULT_GATEWAY_POLICY, committee: ['m1', 'm2', 'm3', 'm4', 'gone'] };
    const history = [registeredWith({}, [G2, G3], panel, 2), conflictDeclared('m4'), requested('r2', G2)];
    const free = eligibleDeciders(fold(history), register)
      .deciders.filter((d) => !d.conflictDeclared)
      .map((d) => d.staffMemberId);
    expect(free).toEqual(['m1', 'm2', 'm3']);
    spec
      .given(history)
      .when(record({ committeeMemberIds: free, people: register }))
      .then([expect.objectContaining({ data: expect.objectContaining({ deciders: free }) })]);
    spec
      .given(history)
      .when(record({ committeeMemberIds: ['m1', 'm2', 'm4'], people: register }))
      .thenThrows(RuleViolationError, /declared a conflict/);
    spec
      .given(history)
      .when(record({ committeeMemberIds: ['m1', 'm2', 'gone'], people: register }))
      .thenThrows(RuleViolationError, /erased/);
  });
});
