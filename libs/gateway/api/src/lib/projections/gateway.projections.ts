import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { GatewayPolicyEvent, PROCUREMENT_EVENT_TYPES, ProcurementEvent } from '@ledger/gateway-domain';
import { peopleProjection } from '@ledger/shared-api';
import { DecisionRecord, GATEWAY_PEOPLE, POLICIES, PROCUREMENTS, PolicyDoc, ProcurementDoc, REVIEW_INDEX, ReviewDoc } from './collections';

/** Every adopted version of the gateway policy. */
export const gatewayPolicyProjection: Projection = {
  name: 'gateway.policy',
  version: 1,
  collections: [POLICIES],
  handles: ['GatewayPolicyAdopted'],
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<GatewayPolicyEvent>;
    const { version, reason, ...rules } = event.data;
    const doc: PolicyDoc = { id: String(version).padStart(6, '0'), version, rules, reason, adoptedAt: event.metadata.recordedAt };
    tx.put(POLICIES, doc.id, doc);
  },
};

/** The people the committee is drawn from, folded from the workforce context's published events. */
export const gatewayPeopleProjection: Projection = peopleProjection('gateway.people', GATEWAY_PEOPLE);

const decisionOf = (event: RecordedEvent<Extract<ProcurementEvent, { type: 'GatewayDecisionRecorded' | 'GatewayDecisionCorrected' }>>): DecisionRecord => ({
  outcome: event.data.outcome,
  conditions: event.data.conditions.map((text) => ({ text, discharged: false, evidence: null, dischargedAt: null })),
  rationale: event.data.rationale,
  deciders: event.data.deciders,
  recordedBy: event.data.recordedBy,
  decidedAt: event.metadata.recordedAt,
  basisPosition: event.data.basisPosition,
  position: event.position.toString(),
  correctionReason: event.type === 'GatewayDecisionCorrected' ? event.data.reason : null,
});

/** Procurements with their reviews, decisions (and what superseded them), conflicts and basis changes. */
export const procurementsProjection: Projection = {
  name: 'gateway.procurements',
  version: 1,
  collections: [PROCUREMENTS, REVIEW_INDEX],
  handles: PROCUREMENT_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<ProcurementEvent>;
    const at = event.metadata.recordedAt;
    if (event.type === 'ProcurementRegistered') {
      const { procurementId: id, title, estimatedValue, riskLevel, politicalInterest, policyVersion, requiredGateways } = event.data;
      const doc: ProcurementDoc = {
        id,
        title,
        estimatedValue,
        riskLevel,
        politicalInterest,
        policyVersion,
        requiredGateways,
        registeredAt: at,
        revision: event.revision,
        conflicts: [],
        basisChanges: [],
        reviews: [],
      };
      tx.put(PROCUREMENTS, id, doc);
      return;
    }
    const procurement = await tx.get<ProcurementDoc>(PROCUREMENTS, event.data.procurementId);
    if (!procurement) return;
    const next: ProcurementDoc = { ...procurement, revision: event.revision };
    const updateReview = (reviewId: string, change: (review: ReviewDoc) => ReviewDoc) => {
      next.reviews = next.reviews.map((review) => (review.id === reviewId ? change(review) : review));
    };
    switch (event.type) {
      case 'ProcurementBasisChanged': {
        const { estimatedValue, riskLevel, politicalInterest, reason, requiredGateways } = event.data;
        Object.assign(next, { estimatedValue, riskLevel, politicalInterest, requiredGateways });
        next.basisChanges = [...next.basisChanges, { estimatedValue, riskLevel, politicalInterest, reason, changedAt: at }];
        next.reviews = next.reviews.map((review) => (review.decision ? { ...review, basisChanged: true } : review));
        break;
      }
      case 'ConflictOfInterestDeclared':
        next.conflicts = [...next.conflicts, { staffMemberId: event.data.staffMemberId, nature: event.data.nature, declaredAt: at }];
        break;
      case 'GatewayReviewRequested':
        next.reviews = [...next.reviews, { id: event.data.reviewId, gateway: event.data.gateway, summary: event.data.summary, requestedAt: at, decision: null, superseded: [], basisChanged: false }];
        tx.put(REVIEW_INDEX, event.data.reviewId, { id: event.data.reviewId, procurementId: procurement.id });
        break;
      case 'GatewayDecisionRecorded':
        updateReview(event.data.reviewId, (review) => ({ ...review, decision: decisionOf(event), basisChanged: false }));
        break;
      case 'GatewayDecisionCorrected':
        updateReview(event.data.reviewId, (review) => ({
          ...review,
          superseded: review.decision ? [...review.superseded, review.decision] : review.superseded,
          decision: decisionOf(event),
          basisChanged: false,
        }));
        break;
      case 'ConditionDischarged':
        updateReview(event.data.reviewId, (review) => {
          if (!review.decision) return review;
          const conditions = review.decision.conditions.map((condition, index) =>
            index === event.data.conditionIndex ? { ...condition, discharged: true, evidence: event.data.evidence, dischargedAt: at } : condition,
          );
          return { ...review, decision: { ...review.decision, conditions } };
        });
        break;
    }
    tx.put(PROCUREMENTS, next.id, next);
  },
};

export const GATEWAY_PROJECTIONS = [gatewayPolicyProjection, gatewayPeopleProjection, procurementsProjection];
