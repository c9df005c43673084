import { Decider, DecisionContext, DomainEvent, ForbiddenError, InvalidInputError, RuleViolationError, Upcaster, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, PeopleStatuses, assertMayAct, assertRegistered, gatewayName, mayAct, mayDo, requiredText } from '@ledger/shared-domain';
import { GatewayPolicyRules, requiredGateways } from './gateway-policy';
import { GATEWAYS, Gateway, GatewayOutcome, OUTCOMES, RISK_LEVELS, RiskLevel, gatewayIndex, isPassing } from '@ledger/shared-domain';

export interface ProcurementBasis {
  estimatedValue: number;
  riskLevel: RiskLevel;
  politicalInterest: boolean;
}

export type ProcurementRegistered = DomainEvent<
  'ProcurementRegistered',
  ProcurementBasis & { procurementId: string; title: string; policyVersion: number; policy: GatewayPolicyRules; requiredGateways: Gateway[] }
>;
export type ProcurementBasisChanged = DomainEvent<'ProcurementBasisChanged', ProcurementBasis & { procurementId: string; reason: string; requiredGateways: Gateway[] }>;
/** Schema 2 (see conflictOfInterestDeclaredV1ToV2): who declared it, and why when it was for someone else. */
export type ConflictOfInterestDeclared = DomainEvent<
  'ConflictOfInterestDeclared',
  {
    procurementId: string;
    staffMemberId: string;
    nature: string;
    /** The staff member who declared it: the person themselves, or whoever recorded it for them. Null when that user has no staff record (or, before schema 2, not known). */
    declaredBy: string | null;
    /** Why it was recorded on the person's behalf; null when they declared it themselves (or, before schema 2, not known). */
    onBehalfReason: string | null;
  }
>;
export type GatewayReviewRequested = DomainEvent<'GatewayReviewRequested', { procurementId: string; reviewId: string; gateway: Gateway; summary: string }>;
export interface DecisionFields {
  outcome: GatewayOutcome;
  conditions: string[];
  rationale: string;
  /** The committee members who decided (staff member ids). */
  deciders: string[];
  /** The user who recorded it: a clerk need not be among the deciders. */
  recordedBy: string;
  /** The staff member who recorded it (the clerk), when that user is on the staff register; null otherwise (and before schema 2). */
  recordedByStaffMemberId: string | null;
  /** The global log position the decision was taken at: what was known then. */
  basisPosition: string;
}
export type GatewayDecisionRecorded = DomainEvent<'GatewayDecisionRecorded', DecisionFields & { procurementId: string; reviewId: string; gateway: Gateway }>;
export type GatewayDecisionCorrected = DomainEvent<'GatewayDecisionCorrected', DecisionFields & { procurementId: string; reviewId: string; gateway: Gateway; reason: string }>;
export type ConditionDischarged = DomainEvent<'ConditionDischarged', { procurementId: string; reviewId: string; conditionIndex: number; evidence: string; dischargedBy: string }>;

export type ProcurementEvent =
  | ProcurementRegistered
  | ProcurementBasisChanged
  | ConflictOfInterestDeclared
  | GatewayReviewRequested
  | GatewayDecisionRecorded
  | GatewayDecisionCorrected
  | ConditionDischarged;
export const PROCUREMENT_EVENT_TYPES: readonly ProcurementEvent['type'][] = [
  'ProcurementRegistered',
  'ProcurementBasisChanged',
  'ConflictOfInterestDeclared',
  'GatewayReviewRequested',
  'GatewayDecisionRecorded',
  'GatewayDecisionCorrected',
  'ConditionDischarged',
];

export interface DecisionInput {
  reviewId: string;
  outcome: string;
  conditions: string[];
  rationale: string;
  /** The committee members who decided (staff member ids). */
  committeeMemberIds: string[];
  /** Resolved by the handler: the global log position the decision was taken at. */
  basisPosition: string;
  /** Resolved by the handler: the register status of each committee member named. */
  people: PeopleStatuses;
  /** Resolved by the handler: the staff member the recording user is (by sign-in email), or null. */
  actorStaffMemberId: string | null;
}

export type RegisterProcurement = { type: 'RegisterProcurement'; procurementId: string; title: string; policyVersion: number; policy: GatewayPolicyRules } & ProcurementBasis;
export type ChangeProcurementBasis = { type: 'ChangeProcurementBasis'; reason: string } & ProcurementBasis;
/**
 * A person declares their own conflict; a procurement lead may record one for someone else, with
 * `onBehalfReason`. Resolved by the handler: `people`, the register status of the person the
 * conflict is about, and `actorStaffMemberId`, the staff member the declaring user is (or null).
 */
export type DeclareConflictOfInterest = {
  type: 'DeclareConflictOfInterest';
  staffMemberId: string;
  nature: string;
  onBehalfReason?: string | null;
  people: PeopleStatuses;
  actorStaffMemberId: string | null;
};
export type RequestGatewayReview = { type: 'RequestGatewayReview'; reviewId: string; gateway: string; summary: string };
export type RecordGatewayDecision = { type: 'RecordGatewayDecision' } & DecisionInput;
export type CorrectGatewayDecision = { type: 'CorrectGatewayDecision'; reason: string } & DecisionInput;
export type DischargeCondition = { type: 'DischargeCondition'; reviewId: string; conditionIndex: number; evidence: string };

export type ProcurementCommand =
  | RegisterProcurement
  | ChangeProcurementBasis
  | DeclareConflictOfInterest
  | RequestGatewayReview
  | RecordGatewayDecision
  | CorrectGatewayDecision
  | DischargeCondition;

/** A procurement command as sent: without the facts the handler resolves (policy in force, log position, people, who the actor is). */
export type ProcurementRequest = DistributiveOmit<ProcurementCommand, 'policyVersion' | 'policy' | 'basisPosition' | 'people' | 'actorStaffMemberId'>;

interface ReviewState {
  gateway: Gateway;
  outcome: GatewayOutcome | null;
  conditions: number;
  discharged: number[];
  basisChanged: boolean;
}

export interface ProcurementState {
  registered: boolean;
  procurementId: string;
  policy: GatewayPolicyRules | null;
  policyVersion: number;
  basis: ProcurementBasis | null;
  requiredGateways: Gateway[];
  conflicted: string[];
  reviews: Record<string, ReviewState>;
  /** The latest review of each gateway. */
  latest: Partial<Record<Gateway, string>>;
}

export const procurementStreamId = (procurementId: string) => `procurement-${procurementId}`;

function validBasis(basis: ProcurementBasis): ProcurementBasis {
  if (typeof basis.estimatedValue !== 'number' || !Number.isFinite(basis.estimatedValue) || basis.estimatedValue < 0 || basis.estimatedValue > 1e12) {
    throw new InvalidInputError('estimatedValue must be an amount in pounds, 0 or more', { field: 'estimatedValue' });
  }
  if (!(RISK_LEVELS as readonly string[]).includes(basis.riskLevel)) throw new InvalidInputError(`riskLevel must be one of ${RISK_LEVELS.join(', ')}`, { field: 'riskLevel' });
  return { estimatedValue: Math.round(basis.estimatedValue * 100) / 100, riskLevel: basis.riskLevel, politicalInterest: !!basis.politicalInterest };
}

function validDecision(input: DecisionInput, state: ProcurementState): Omit<DecisionFields, 'recordedBy' | 'recordedByStaffMemberId'> {
  const outcome = input.outcome as GatewayOutcome;
  if (!(OUTCOMES as readonly string[]).includes(outcome)) throw new InvalidInputError(`outcome must be one of ${OUTCOMES.join(', ')}`, { field: 'outcome' });
  const conditions = (input.conditions ?? []).map((c, i) => requiredText(`conditions[${i}]`, c, 2000));
  if (outcome === 'APPROVED_WITH_CONDITIONS' && conditions.length === 0) throw new InvalidInputError('An approval with conditions needs at least one condition', { field: 'conditions' });
  if (outcome !== 'APPROVED_WITH_CONDITIONS' && conditions.length > 0) throw new InvalidInputError(`A ${outcome} decision carries no conditions`, { field: 'conditions' });
  const deciders = [...new Set(input.committeeMemberIds ?? [])];
  const policy = state.policy as GatewayPolicyRules;
  if (deciders.length < policy.quorum) {
    throw new RuleViolationError(`Quorum not met: ${deciders.length} member(s) decided, the policy needs ${policy.quorum}`, { quorum: policy.quorum });
  }
  const conflicted = deciders.filter((d) => declaredConflict(state, d));
  if (conflicted.length) throw new RuleViolationError('A member who declared a conflict of interest in this procurement cannot decide on it', { conflicted });
  const outsiders = deciders.filter((d) => !sitsOnCommittee(policy, d));
  if (outsiders.length) throw new RuleViolationError('Only members of the gateway committee named in the policy may decide', { outsiders });
  return { outcome, conditions, rationale: requiredText('rationale', input.rationale, 8000), deciders, basisPosition: input.basisPosition };
}

/** Whether a person may sit under a policy: any staff member when it names no committee, else only those it names. */
export const sitsOnCommittee = (policy: Pick<GatewayPolicyRules, 'committee'>, staffMemberId: string): boolean => policy.committee === null || policy.committee.includes(staffMemberId);

/** Whether a person declared a conflict of interest in the procurement (which bars them from its decisions). */
export const declaredConflict = (procurement: Pick<ProcurementState, 'conflicted'>, staffMemberId: string): boolean => procurement.conflicted.includes(staffMemberId);

/** A person the policy lets sit on a procurement's decisions; one with a declared conflict is listed but may not decide. */
export interface EligibleDecider {
  staffMemberId: string;
  conflictDeclared: boolean;
}

/**
 * Who may be named as deciders on a procurement's reviews, by the rules `decide` enforces: of the
 * people given (the staff register, each with its status), those who may act (not erased) and sit
 * on the committee the procurement's policy names (anyone, when it names none). Those with a
 * declared conflict are kept, marked, so a form can show why they cannot be chosen. The quorum is
 * the policy's.
 */
export function eligibleDeciders(procurement: Pick<ProcurementState, 'policy' | 'conflicted'>, people: PeopleStatuses): { quorum: number; deciders: EligibleDecider[] } {
  const policy = procurement.policy as GatewayPolicyRules;
  const deciders = Object.keys(people)
    .filter((id) => mayAct(id, people) && sitsOnCommittee(policy, id))
    .map((staffMemberId) => ({ staffMemberId, conflictDeclared: declaredConflict(procurement, staffMemberId) }));
  return { quorum: policy.quorum, deciders };
}

/** Who decides must be on the staff register and keep their personal data (checked before anything else). */
function assertDecidersMayAct(input: DecisionInput): void {
  for (const id of new Set(input.committeeMemberIds ?? [])) assertMayAct(id, input.people, 'decide');
}

/**
 * A member with a declared conflict neither decides nor records nor corrects the decisions on this
 * procurement: the clerk's pen is as much a part of the decision as the committee's vote. A user
 * with no staff record cannot be linked to a declared conflict, so only a recorder on the register
 * is checked.
 */
function assertRecorderNotConflicted(input: DecisionInput, state: ProcurementState, doing: 'record' | 'correct'): void {
  if (input.actorStaffMemberId !== null && state.conflicted.includes(input.actorStaffMemberId)) {
    throw new RuleViolationError(`A member who declared a conflict of interest in this procurement cannot ${doing} its decisions`, { conflicted: [input.actorStaffMemberId] });
  }
}

/**
 * Who declared a conflict, and why when it was for someone else. Anyone allowed to declare declares
 * their own; only a procurement lead (or an administrator) records one for someone else, and only
 * with the reason it is recorded on their behalf, so the record shows it was not self-declared.
 */
function declarationBy(command: DeclareConflictOfInterest, context: DecisionContext): { declaredBy: string | null; onBehalfReason: string | null } {
  if (command.actorStaffMemberId !== null && command.actorStaffMemberId === command.staffMemberId) return { declaredBy: command.actorStaffMemberId, onBehalfReason: null };
  if (!mayDo(context.actorRoles, 'recordConflictsForOthers')) {
    throw new ForbiddenError('Declare your own conflict of interest: only a procurement lead may record one for someone else, with the reason');
  }
  if (!(command.onBehalfReason ?? '').trim()) {
    throw new InvalidInputError('A conflict of interest recorded for someone else needs the reason it is recorded on their behalf (onBehalfReason)', { field: 'onBehalfReason' });
  }
  return { declaredBy: command.actorStaffMemberId, onBehalfReason: requiredText('onBehalfReason', command.onBehalfReason, 2000) };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Gateways before this one that the procurement must have passed first. */
function assertEarlierGatewaysPassed(state: ProcurementState, gateway: Gateway): void {
  for (const earlier of state.requiredGateways.filter((g) => gatewayIndex(g) < gatewayIndex(gateway))) {
    const reviewId = state.latest[earlier];
    if (!reviewId || !isPassing(state.reviews[reviewId].outcome)) {
      throw new RuleViolationError(
        `${capitalised(gatewayName(gateway))} cannot be reviewed before ${gatewayName(earlier)} is approved (with or without conditions): request and decide that review first`,
        { gateway, missing: earlier },
      );
    }
    if (state.reviews[reviewId].basisChanged) {
      throw new RuleViolationError(`${capitalised(gatewayName(earlier))} was approved on a basis that has since changed: review it again before ${gatewayName(gateway)}`, {
        gateway,
        missing: earlier,
      });
    }
  }
}

/** A procurement and its passage through the gateways the policy in force at registration requires. */
export const procurementDecider: Decider<ProcurementCommand, ProcurementEvent, ProcurementState> = {
  initialState: () => ({ registered: false, procurementId: '', policy: null, policyVersion: 0, basis: null, requiredGateways: [], conflicted: [], reviews: {}, latest: {} }),

  decide(command, state, context) {
    if (command.type === 'RegisterProcurement') {
      if (state.registered) throw new RuleViolationError(`Procurement ${command.procurementId} is already registered`);
      const basis = validBasis(command);
      return [
        {
          type: 'ProcurementRegistered',
          data: {
            procurementId: command.procurementId,
            title: requiredText('title', command.title, 300),
            ...basis,
            policyVersion: command.policyVersion,
            policy: command.policy,
            requiredGateways: requiredGateways(command.policy, basis),
          },
        },
      ];
    }
    if (!state.registered) throw new RuleViolationError('No such procurement');
    const procurementId = state.procurementId;
    const policy = state.policy as GatewayPolicyRules;

    switch (command.type) {
      case 'ChangeProcurementBasis': {
        const basis = validBasis(command);
        const current = state.basis as ProcurementBasis;
        if (basis.estimatedValue === current.estimatedValue && basis.riskLevel === current.riskLevel && basis.politicalInterest === current.politicalInterest) return [];
        // Obligations follow the policy version recorded at registration, not a later one.
        return [{ type: 'ProcurementBasisChanged', data: { procurementId, ...basis, reason: requiredText('reason', command.reason, 2000), requiredGateways: requiredGateways(policy, basis) } }];
      }
      case 'DeclareConflictOfInterest': {
        // An erased person may still have declared an interest: only an unknown one is refused.
        assertRegistered(command.staffMemberId, command.people);
        const by = declarationBy(command, context);
        if (state.conflicted.includes(command.staffMemberId)) return [];
        return [{ type: 'ConflictOfInterestDeclared', data: { procurementId, staffMemberId: command.staffMemberId, nature: requiredText('nature', command.nature, 2000), ...by } }];
      }
      case 'RequestGatewayReview': {
        const gateway = command.gateway as Gateway;
        if (!(GATEWAYS as readonly string[]).includes(gateway)) throw new InvalidInputError(`gateway must be one of ${GATEWAYS.join(', ')}`, { field: 'gateway' });
        if (!state.requiredGateways.includes(gateway)) {
          throw new RuleViolationError(
            `${capitalised(gatewayName(gateway))} is not required for this procurement under gateway policy version ${state.policyVersion} (required: ${state.requiredGateways.map(gatewayName).join(', ') || 'none'})`,
          );
        }
        if (state.reviews[command.reviewId]) throw new RuleViolationError(`Review ${command.reviewId} already exists`);
        const latestId = state.latest[gateway];
        const latest = latestId ? state.reviews[latestId] : undefined;
        if (latest && latest.outcome === null) throw new RuleViolationError(`A review of ${gatewayName(gateway)} is already waiting for a decision: record that decision first`);
        if (latest && isPassing(latest.outcome) && !latest.basisChanged) throw new RuleViolationError(`${capitalised(gatewayName(gateway))} was already approved; a new review is needed only when the basis changes`);
        assertEarlierGatewaysPassed(state, gateway);
        return [{ type: 'GatewayReviewRequested', data: { procurementId, reviewId: command.reviewId, gateway, summary: requiredText('summary', command.summary, 8000) } }];
      }
      case 'RecordGatewayDecision': {
        assertDecidersMayAct(command);
        const review = state.reviews[command.reviewId];
        if (!review) throw new RuleViolationError(`No review ${command.reviewId} in this procurement`);
        assertRecorderNotConflicted(command, state, 'record');
        if (review.outcome !== null) throw new RuleViolationError('This review was already decided: a decision is never edited, record a correction with its reason instead');
        assertEarlierGatewaysPassed(state, review.gateway);
        return [{ type: 'GatewayDecisionRecorded', data: { procurementId, reviewId: command.reviewId, gateway: review.gateway, ...validDecision(command, state), recordedBy: context.actorId, recordedByStaffMemberId: command.actorStaffMemberId } }];
      }
      case 'CorrectGatewayDecision': {
        assertDecidersMayAct(command);
        const review = state.reviews[command.reviewId];
        if (!review) throw new RuleViolationError(`No review ${command.reviewId} in this procurement`);
        if (review.outcome === null) throw new RuleViolationError('Only a recorded decision can be corrected');
        assertRecorderNotConflicted(command, state, 'correct');
        return [
          {
            type: 'GatewayDecisionCorrected',
            data: {
              procurementId,
              reviewId: command.reviewId,
              gateway: review.gateway,
              ...validDecision(command, state),
              recordedBy: context.actorId,
              recordedByStaffMemberId: command.actorStaffMemberId,
              reason: requiredText('reason', command.reason, 4000),
            },
          },
        ];
      }
      case 'DischargeCondition': {
        const review = state.reviews[command.reviewId];
        if (!review) throw new RuleViolationError(`No review ${command.reviewId} in this procurement`);
        if (review.conditions === 0) throw new RuleViolationError('This review has no decided conditions to discharge');
        if (!Number.isInteger(command.conditionIndex) || command.conditionIndex < 0 || command.conditionIndex >= review.conditions) {
          throw new InvalidInputError(`conditionIndex must be from 0 to ${review.conditions - 1}`, { field: 'conditionIndex' });
        }
        if (review.discharged.includes(command.conditionIndex)) throw new RuleViolationError('This condition was already discharged');
        return [
          {
            type: 'ConditionDischarged',
            data: { procurementId, reviewId: command.reviewId, conditionIndex: command.conditionIndex, evidence: requiredText('evidence', command.evidence, 4000), dischargedBy: context.actorId },
          },
        ];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ProcurementRegistered': {
        const { procurementId, estimatedValue, riskLevel, politicalInterest, policy, policyVersion } = event.data;
        return { ...state, registered: true, procurementId, policy, policyVersion, basis: { estimatedValue, riskLevel, politicalInterest }, requiredGateways: event.data.requiredGateways };
      }
      case 'ProcurementBasisChanged': {
        const { estimatedValue, riskLevel, politicalInterest } = event.data;
        const reviews = Object.fromEntries(Object.entries(state.reviews).map(([id, r]) => [id, r.outcome === null ? r : { ...r, basisChanged: true }]));
        return { ...state, basis: { estimatedValue, riskLevel, politicalInterest }, requiredGateways: event.data.requiredGateways, reviews };
      }
      case 'ConflictOfInterestDeclared':
        return { ...state, conflicted: [...state.conflicted, event.data.staffMemberId] };
      case 'GatewayReviewRequested': {
        const review: ReviewState = { gateway: event.data.gateway, outcome: null, conditions: 0, discharged: [], basisChanged: false };
        return { ...state, reviews: { ...state.reviews, [event.data.reviewId]: review }, latest: { ...state.latest, [event.data.gateway]: event.data.reviewId } };
      }
      case 'GatewayDecisionRecorded':
      case 'GatewayDecisionCorrected': {
        const review = state.reviews[event.data.reviewId];
        const decided: ReviewState = { ...review, outcome: event.data.outcome, conditions: event.data.conditions.length, discharged: [], basisChanged: false };
        return { ...state, reviews: { ...state.reviews, [event.data.reviewId]: decided } };
      }
      case 'ConditionDischarged': {
        const review = state.reviews[event.data.reviewId];
        return { ...state, reviews: { ...state.reviews, [event.data.reviewId]: { ...review, discharged: [...review.discharged, event.data.conditionIndex] } } };
      }
      default:
        return unhandled('event', event);
    }
  },
};


/**
 * ConflictOfInterestDeclared schema 1 did not say who declared it nor whether it was for someone
 * else: read as schema 2 with both unknown (null), which reads as self-declared.
 */
export const conflictOfInterestDeclaredV1ToV2: Upcaster = {
  type: 'ConflictOfInterestDeclared',
  fromVersion: 1,
  toVersion: 2,
  upcast: (data) => ({ declaredBy: null, onBehalfReason: null, ...(data as object) }),
};

/** Decision events of schema 1 named only the recording user: the staff member is unknown (null). */
const recorderUnknown = (type: 'GatewayDecisionRecorded' | 'GatewayDecisionCorrected'): Upcaster => ({
  type,
  fromVersion: 1,
  toVersion: 2,
  upcast: (data) => ({ recordedByStaffMemberId: null, ...(data as object) }),
});
export const gatewayDecisionRecordedV1ToV2 = recorderUnknown('GatewayDecisionRecorded');
export const gatewayDecisionCorrectedV1ToV2 = recorderUnknown('GatewayDecisionCorrected');

export const GATEWAY_UPCASTERS: Upcaster[] = [conflictOfInterestDeclaredV1ToV2, gatewayDecisionRecordedV1ToV2, gatewayDecisionCorrectedV1ToV2];
