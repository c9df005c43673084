import { DynamicModule, Inject, Injectable, Module, Optional } from '@nestjs/common';
import { EventStore, InvalidInputError, NotFoundError, RecordedEvent } from '@ledger/event-store-core';
import { ContractEvent, contractStreamId } from '@ledger/contracts-domain';
import { ProcurementEvent, procurementStreamId } from '@ledger/gateway-domain';
import { EVENT_STORE, InstantAtPosition } from '@ledger/shared-api';
import { CONTRACTS, ContractDoc } from '../projections';
import { ContractsQueries } from '../read/contracts-queries';
import { DEFAULT_PUBLISHER_NAME, OcdsFact, OcdsPublisher, UNREGISTERED_OCID_PREFIX, buildOcdsReleasePackage } from './ocds-release-package';

/** The publisher the host configures (OCDS_PREFIX, LEDGER_AUTHORITY_NAME); the placeholder without one. */
export const OCDS_PUBLISHER = Symbol('OCDS_PUBLISHER');
export const PLACEHOLDER_PUBLISHER: OcdsPublisher = { ocidPrefix: UNREGISTERED_OCID_PREFIX, publisherName: DEFAULT_PUBLISHER_NAME };

/** Makes the configured publisher available to every module (the host imports it once). */
@Module({})
export class OcdsPublisherModule {
  static forRoot(publisher: OcdsPublisher): DynamicModule {
    return { module: OcdsPublisherModule, global: true, providers: [{ provide: OCDS_PUBLISHER, useValue: publisher }], exports: [OCDS_PUBLISHER] };
  }
}

/** Ids the ledger gives procurements (UUIDs, demo ids): what may stand after the ocid prefix. */
const PROCUREMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * OCDS release packages from the record: the procurement's own stream (the gateway context's
 * published events, as the award reads them) and the streams of the contracts awarded from it.
 * Read from the log, not the read models, so every release carries the instant its fact was recorded.
 */
@Injectable()
export class OcdsReleasePackages {
  constructor(
    private readonly queries: ContractsQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(OCDS_PUBLISHER) private readonly configured?: OcdsPublisher,
  ) {}

  get publisher(): OcdsPublisher {
    return this.configured ?? PLACEHOLDER_PUBLISHER;
  }

  /**
   * The package as JSON text, live or as the record stood at `asOf` (only the facts recorded by
   * then: an as-of read like every other query's). `BAD_USER_INPUT` for an id no procurement can
   * have or an invalid instant, `NOT_FOUND` for a procurement not registered (by then).
   */
  async releasePackageJson(procurementId: string, publisher: OcdsPublisher = this.publisher, asOf?: Date | null): Promise<string> {
    if (typeof procurementId !== 'string' || !PROCUREMENT_ID.test(procurementId)) {
      throw new InvalidInputError('procurementId must be a procurement id: letters, digits, dots, hyphens or underscores, at most 100', { field: 'procurementId' });
    }
    if (asOf && Number.isNaN(asOf.getTime())) throw new InvalidInputError('asOf is not a valid instant', { field: 'asOf' });
    const facts = await this.facts(procurementId, asOf ?? null);
    if (!facts.length) throw new NotFoundError(asOf ? `No procurement ${procurementId} as at ${asOf.toISOString()}` : `No procurement ${procurementId}`);
    return JSON.stringify(buildOcdsReleasePackage(procurementId, facts, publisher), null, 2);
  }

  /** The published facts of the procurement and its contracts recorded by `asOf`, in record order; empty when it was not registered by then. */
  private async facts(procurementId: string, asOf: Date | null): Promise<OcdsFact[]> {
    const recordedBy = asOfFilter(asOf);
    const procurementEvents = ((await this.store.readStream(procurementStreamId(procurementId))) as RecordedEvent<ProcurementEvent>[]).filter(recordedBy);
    if (!procurementEvents.some((event) => event.type === 'ProcurementRegistered')) return [];
    // The live register names every contract ever awarded from the procurement; their events after `asOf` are left out below.
    const contracts = (await (await this.queries.reader()).list<ContractDoc>(CONTRACTS)).filter((doc) => doc.procurementId === procurementId);
    const contractEvents = ((await Promise.all(contracts.map((doc) => this.store.readStream(contractStreamId(doc.id))))).flat() as RecordedEvent<ContractEvent>[]).filter(recordedBy);
    const inRecordOrder = [...procurementEvents, ...contractEvents].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    const varied = new Map<string, Extract<ContractEvent, { type: 'ContractVaried' }>['data']>();
    return inRecordOrder.flatMap((event): OcdsFact[] => {
      const recorded = { id: `${event.streamId}-${event.revision}`, at: event.metadata.recordedAt };
      switch (event.type) {
        case 'ProcurementRegistered':
          return [{ ...recorded, type: 'ProcurementRegistered', title: event.data.title, estimatedValue: event.data.estimatedValue }];
        case 'ProcurementBasisChanged':
          return [{ ...recorded, type: 'ProcurementBasisChanged', estimatedValue: event.data.estimatedValue }];
        case 'GatewayReviewRequested':
          return [{ ...recorded, type: 'GatewayReviewRequested', reviewId: event.data.reviewId, gateway: event.data.gateway }];
        case 'GatewayDecisionRecorded':
        case 'GatewayDecisionCorrected':
          return [{ ...recorded, type: 'GatewayDecided', reviewId: event.data.reviewId, gateway: event.data.gateway, outcome: event.data.outcome }];
        case 'ContractAwarded': {
          const { contractId, title, supplierName, supplierDetails, awardedValue, startDate, endDate, awardedOn } = event.data;
          return [
            {
              ...recorded,
              type: 'ContractAwarded',
              contractId,
              title,
              supplierName,
              supplierCompanyNumber: supplierDetails?.companyNumber ?? null,
              supplierPostcode: supplierDetails?.postcode ?? null,
              awardedValue,
              startDate,
              endDate,
              // Absent on awards recorded before award dates existed: awarded when recorded.
              awardedOn: awardedOn ?? null,
            },
          ];
        }
        case 'ContractVaried':
          varied.set(event.data.variationId, event.data);
          return event.data.approvalRequiredBecause === null ? [variationFact(recorded, event.data)] : [];
        case 'ContractVariationApproved': {
          const variation = varied.get(event.data.variationId);
          return variation ? [variationFact(recorded, variation)] : [];
        }
        case 'ContractExtended':
          return [{ ...recorded, type: 'ContractExtended', contractId: event.data.contractId, months: event.data.months, reason: event.data.reason, endDate: event.data.endDate }];
        case 'ContractEnded':
        case 'ContractTerminated':
          return [
            { ...recorded, type: 'ContractClosed', contractId: event.data.contractId, how: event.type === 'ContractEnded' ? 'ENDED' : 'TERMINATED', reason: event.data.reason, effectiveOn: event.data.effectiveOn },
          ];
        // Not published: conflicts of interest name people; managers, KPIs, savings and social value are the authority's own monitoring.
        case 'ConflictOfInterestDeclared':
        case 'ConditionDischarged':
        case 'ContractVariationRejected':
        case 'ContractManagerAssigned':
        case 'ContractManagerRemoved':
        case 'KpiAdded':
        case 'KpiReported':
        case 'KpiReportCorrected':
        case 'SavingOrBenefitRecorded':
        case 'SocialValueCommitted':
        case 'SocialValueDeliveryReported':
        case 'SocialValueDeliveryCorrected':
          return [];
        default:
          return notPublished(event);
      }
    });
  }
}

/**
 * Which events an as-of read sees: those recorded by the instant, as `readAll({ until })` and the
 * read models' as-of folds choose them; an instant that names a log position (InstantAtPosition)
 * also leaves out what was appended after it, so the answer can be rebuilt identically later.
 */
function asOfFilter(asOf: Date | null): (event: RecordedEvent) => boolean {
  if (!asOf) return () => true;
  const until = asOf.getTime();
  const to = asOf instanceof InstantAtPosition ? asOf.position : undefined;
  return (event) => new Date(event.metadata.recordedAt).getTime() <= until && (to === undefined || event.position <= to);
}

type VariationData = Extract<ContractEvent, { type: 'ContractVaried' }>['data'];
const variationFact = (recorded: { id: string; at: string }, variation: VariationData): OcdsFact => ({
  ...recorded,
  type: 'ContractVariationTookEffect',
  contractId: variation.contractId,
  variationId: variation.variationId,
  description: variation.description,
  valueChange: variation.valueChange,
  reason: variation.reason,
});

/** A new event type must be mapped (or said not to be published) before it compiles. */
function notPublished(event: never): never {
  throw new Error(`No OCDS mapping for the event ${(event as { type: string }).type}`);
}
