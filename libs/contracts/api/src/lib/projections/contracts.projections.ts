import { Projection, ProjectionHandler, ProjectionTx, RecordedEvent, defineProjection, unhandled, updateDocument } from '@ledger/event-store-core';
import { ContractEvent, SocialValueMeasureEvent, VariationPolicyEvent, contractDecider } from '@ledger/contracts-domain';
import { peopleProjection } from '@ledger/shared-api';
import { ukDateOf } from '@ledger/shared-domain';
import { CONTRACTS, CONTRACT_PEOPLE, ContractDoc, SOCIAL_VALUE_MEASURES, SocialValueMeasureDoc, VARIATION_POLICIES, VariationPolicyDoc, deliveryReportKey, kpiReportKey } from './collections';

/** What the register keeps of an event beyond the decider's state (when, by whom, why). */
function annotated(doc: ContractDoc, event: RecordedEvent<ContractEvent>): ContractDoc {
  const { recordedAt } = event.metadata;
  switch (event.type) {
    case 'ContractVaried': {
      const { variationId, recordedBy, approvalRequiredBecause, policyVersion } = event.data;
      return { ...doc, variations: { ...doc.variations, [variationId]: { recordedAt, recordedBy, approvalRequiredBecause, policyVersion, decidedAt: null, decidedBy: null, decisionNote: null } } };
    }
    case 'ContractVariationApproved':
    case 'ContractVariationRejected': {
      const { variationId } = event.data;
      const decided =
        event.type === 'ContractVariationApproved'
          ? { decidedAt: recordedAt, decidedBy: event.data.approvedBy, decisionNote: event.data.note }
          : { decidedAt: recordedAt, decidedBy: event.data.rejectedBy, decisionNote: event.data.reason };
      const before = doc.variations[variationId];
      return before ? { ...doc, variations: { ...doc.variations, [variationId]: { ...before, ...decided } } } : doc;
    }
    case 'ContractEnded':
    case 'ContractTerminated':
      return { ...doc, closeReason: event.data.reason };
    case 'KpiReported':
    case 'KpiReportCorrected': {
      const { kpiId, period, reportedBy } = event.data;
      const correctionReason = event.type === 'KpiReportCorrected' ? event.data.reason : null;
      return { ...doc, reports: { ...doc.reports, [kpiReportKey(kpiId, period)]: { reportedAt: recordedAt, reportedBy, correctionReason } } };
    }
    case 'SocialValueDeliveryReported':
    case 'SocialValueDeliveryCorrected': {
      const { commitmentId, period, reportedBy } = event.data;
      const correctionReason = event.type === 'SocialValueDeliveryCorrected' ? event.data.reason : null;
      return { ...doc, reports: { ...doc.reports, [deliveryReportKey(commitmentId, period)]: { reportedAt: recordedAt, reportedBy, correctionReason } } };
    }
    case 'ContractAwarded':
    case 'ContractManagerAssigned':
    case 'ContractManagerRemoved':
    case 'ContractExtended':
    case 'KpiAdded':
    case 'SavingOrBenefitRecorded':
    case 'SocialValueCommitted':
      return doc;
    default:
      return unhandled('event', event);
  }
}

/** Every contract event: the award creates the document, every other event folds into it. */
const foldContract: ProjectionHandler<ContractEvent> = async (event, tx: ProjectionTx) => {
  const domainEvent = { type: event.type, data: event.data } as ContractEvent;
  if (event.type === 'ContractAwarded') {
    const { contractId, procurementId, gatewaysPassed } = event.data;
    const doc: ContractDoc = {
      id: contractId,
      procurementId,
      awardedAt: event.metadata.recordedAt,
      awardedOn: event.data.awardedOn ?? ukDateOf(new Date(event.metadata.recordedAt)),
      gatewaysPassed,
      closeReason: null,
      revision: event.revision,
      contract: contractDecider.evolve(contractDecider.initialState(), domainEvent),
      variations: {},
      reports: {},
    };
    tx.put(CONTRACTS, contractId, doc);
    return;
  }
  await updateDocument<ContractDoc>(tx, CONTRACTS, event.data.contractId, (doc) =>
    annotated({ ...doc, contract: contractDecider.evolve(doc.contract, domainEvent), revision: event.revision }, event),
  );
};

/** The contracts register: one document per contract. Bump `version` whenever the documents it produces change. */
export const contractsRegisterProjection = defineProjection<ContractEvent>({
  name: 'contracts.register',
  // 2: the award date in force (awardedOn) on every document, and in the contract state.
  version: 2,
  collections: [CONTRACTS],
  on: {
    ContractAwarded: foldContract,
    ContractManagerAssigned: foldContract,
    ContractManagerRemoved: foldContract,
    ContractVaried: foldContract,
    ContractVariationApproved: foldContract,
    ContractVariationRejected: foldContract,
    ContractExtended: foldContract,
    ContractEnded: foldContract,
    ContractTerminated: foldContract,
    KpiAdded: foldContract,
    KpiReported: foldContract,
    KpiReportCorrected: foldContract,
    SavingOrBenefitRecorded: foldContract,
    SocialValueCommitted: foldContract,
    SocialValueDeliveryReported: foldContract,
    SocialValueDeliveryCorrected: foldContract,
  },
});

/** The authority's social value measures, retired ones included (commitments made on them are kept). */
export const socialValueMeasuresProjection = defineProjection<SocialValueMeasureEvent>({
  name: 'contracts.social-value-measures',
  version: 1,
  collections: [SOCIAL_VALUE_MEASURES],
  on: {
    SocialValueMeasureDefined({ data: { measureId, theme, outcome, unit, proxyValuePerUnit }, revision, metadata }, tx) {
      tx.put(SOCIAL_VALUE_MEASURES, measureId, { id: measureId, theme, outcome, unit, proxyValuePerUnit, retired: false, retiredReason: null, definedAt: metadata.recordedAt, revision } satisfies SocialValueMeasureDoc);
    },
    SocialValueMeasureRetired: ({ data: { measureId, reason }, revision }, tx) =>
      updateDocument<SocialValueMeasureDoc>(tx, SOCIAL_VALUE_MEASURES, measureId, (measure) => ({ ...measure, retired: true, retiredReason: reason, revision })),
  },
});

/** Every version of the variation policy, as adopted. */
export const variationPoliciesProjection = defineProjection<VariationPolicyEvent>({
  name: 'contracts.variation-policies',
  version: 1,
  collections: [VARIATION_POLICIES],
  on: {
    VariationPolicyAdopted({ data: { version, percentOfAwardedValue, absoluteAmount, cumulative, reason }, metadata }, tx) {
      const doc: VariationPolicyDoc = { id: String(version), version, rules: { percentOfAwardedValue, absoluteAmount, cumulative }, reason, adoptedAt: metadata.recordedAt };
      tx.put(VARIATION_POLICIES, doc.id, doc);
    },
  },
});

export const contractPeopleProjection: Projection = peopleProjection('contracts.people', CONTRACT_PEOPLE);

export const CONTRACTS_PROJECTIONS: Projection[] = [contractsRegisterProjection, socialValueMeasuresProjection, variationPoliciesProjection, contractPeopleProjection];
