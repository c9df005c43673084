import { Projection, ProjectionTx, RecordedEvent, defineProjection, updateDocument } from '@ledger/event-store-core';
import { GatewayDecisionCorrected, GatewayDecisionRecorded, GatewayPolicyEvent, ProcurementEvent } from '@ledger/gateway-domain';
import { peopleProjection } from '@ledger/shared-api';
import { DecisionRecord, GATEWAY_PEOPLE, POLICIES, PROCUREMENTS, PolicyDoc, ProcurementDoc, REVIEW_INDEX, ReviewDoc } from './collections';

/** Every adopted version of the gateway policy. */
export const gatewayPolicyProjection = defineProjection<GatewayPolicyEvent>({
  name: 'gateway.policy',
  version: 1,
  collections: [POLICIES],
  on: {
    GatewayPolicyAdopted({ data: { version, reason, ...rules }, metadata }, tx) {
      const doc: PolicyDoc = { id: String(version).padStart(6, '0'), version, rules, reason, adoptedAt: metadata.recordedAt };
      tx.put(POLICIES, doc.id, doc);
    },
  },
});

/** The people the committee is drawn from, folded from the workforce context's published events. */
export const gatewayPeopleProjection: Projection = peopleProjection('gateway.people', GATEWAY_PEOPLE);

type DecisionEvent = RecordedEvent<GatewayDecisionRecorded | GatewayDecisionCorrected>;

const decisionOf = (event: DecisionEvent): DecisionRecord => ({
  outcome: event.data.outcome,
  conditions: event.data.conditions.map((text) => ({ text, discharged: false, evidence: null, dischargedAt: null })),
  rationale: event.data.rationale,
  deciders: event.data.deciders,
  recordedBy: event.data.recordedBy,
  recordedByStaffMemberId: event.data.recordedByStaffMemberId,
  decidedAt: event.metadata.recordedAt,
  basisPosition: event.data.basisPosition,
  position: event.position.toString(),
  correctionReason: event.type === 'GatewayDecisionCorrected' ? event.data.reason : null,
});

/** Changes the procurement an event is about; the procurement takes the event's revision. */
const changeProcurement = (tx: ProjectionTx, { data, revision }: RecordedEvent<ProcurementEvent>, change: (procurement: ProcurementDoc) => Partial<ProcurementDoc>) =>
  updateDocument<ProcurementDoc>(tx, PROCUREMENTS, data.procurementId, (procurement) => ({ ...procurement, revision, ...change(procurement) }));

/** Changes one review of a procurement. */
const changeReview = (tx: ProjectionTx, event: RecordedEvent<ProcurementEvent> & { data: { reviewId: string } }, change: (review: ReviewDoc) => ReviewDoc) =>
  changeProcurement(tx, event, ({ reviews }) => ({ reviews: reviews.map((review) => (review.id === event.data.reviewId ? change(review) : review)) }));

/** Procurements with their reviews, decisions (and what superseded them), conflicts and basis changes. */
export const procurementsProjection = defineProjection<ProcurementEvent>({
  name: 'gateway.procurements',
  // 2: conflicts keep who declared them and why on someone's behalf; decisions, the recording staff member.
  version: 2,
  collections: [PROCUREMENTS, REVIEW_INDEX],
  on: {
    ProcurementRegistered({ data, revision, metadata }, tx) {
      const { procurementId: id, title, estimatedValue, riskLevel, politicalInterest, policyVersion, requiredGateways } = data;
      const doc: ProcurementDoc = {
        id,
        title,
        estimatedValue,
        riskLevel,
        politicalInterest,
        policyVersion,
        requiredGateways,
        registeredAt: metadata.recordedAt,
        revision,
        conflicts: [],
        basisChanges: [],
        reviews: [],
      };
      tx.put(PROCUREMENTS, id, doc);
    },
    ProcurementBasisChanged: (event, tx) =>
      changeProcurement(tx, event, ({ basisChanges, reviews }) => {
        const { estimatedValue, riskLevel, politicalInterest, reason, requiredGateways } = event.data;
        return {
          estimatedValue,
          riskLevel,
          politicalInterest,
          requiredGateways,
          basisChanges: [...basisChanges, { estimatedValue, riskLevel, politicalInterest, reason, changedAt: event.metadata.recordedAt }],
          reviews: reviews.map((review) => (review.decision ? { ...review, basisChanged: true } : review)),
        };
      }),
    ConflictOfInterestDeclared: (event, tx) =>
      changeProcurement(tx, event, ({ conflicts }) => ({
        conflicts: [
          ...conflicts,
          {
            staffMemberId: event.data.staffMemberId,
            nature: event.data.nature,
            declaredAt: event.metadata.recordedAt,
            declaredBy: event.data.declaredBy,
            onBehalfReason: event.data.onBehalfReason,
          },
        ],
      })),
    GatewayReviewRequested: (event, tx) =>
      changeProcurement(tx, event, ({ id, reviews }) => {
        const { reviewId, gateway, summary } = event.data;
        tx.put(REVIEW_INDEX, reviewId, { id: reviewId, procurementId: id });
        return { reviews: [...reviews, { id: reviewId, gateway, summary, requestedAt: event.metadata.recordedAt, decision: null, superseded: [], basisChanged: false }] };
      }),
    GatewayDecisionRecorded: (event, tx) => changeReview(tx, event, (review) => ({ ...review, decision: decisionOf(event), basisChanged: false })),
    GatewayDecisionCorrected: (event, tx) =>
      changeReview(tx, event, (review) => ({
        ...review,
        superseded: review.decision ? [...review.superseded, review.decision] : review.superseded,
        decision: decisionOf(event),
        basisChanged: false,
      })),
    ConditionDischarged: (event, tx) =>
      changeReview(tx, event, (review) => {
        if (!review.decision) return review;
        const { conditionIndex, evidence } = event.data;
        const conditions = review.decision.conditions.map((condition, index) =>
          index === conditionIndex ? { ...condition, discharged: true, evidence, dischargedAt: event.metadata.recordedAt } : condition,
        );
        return { ...review, decision: { ...review.decision, conditions } };
      }),
  },
});

export const GATEWAY_PROJECTIONS = [gatewayPolicyProjection, gatewayPeopleProjection, procurementsProjection];
