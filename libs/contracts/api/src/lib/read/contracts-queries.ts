import { Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { ContractState, VariationAwaitingDecision, compareQuarters, currentValue, socialValueMeasureKey, socialValueSummary, socialValueTotals } from '@ledger/contracts-domain';
import { PeopleStatuses, ukDateOf } from '@ledger/shared-domain';
import { PersonDoc, ReadSide, StaffMemberType, StaffPresenter, peopleStatuses, staffMemberIdByEmail } from '@ledger/shared-api';
import {
  CONTRACTS,
  CONTRACTS_PROJECTIONS,
  CONTRACT_PEOPLE,
  ContractDoc,
  ReportRecord,
  SOCIAL_VALUE_MEASURES,
  SocialValueMeasureDoc,
  VARIATION_POLICIES,
  VariationPolicyDoc,
  deliveryReportKey,
  kpiReportKey,
} from '../projections';
import { ContractType, SocialValueMeasureType, SocialValueSummaryType, VariationPolicyType } from '../graphql/contracts.types';

/** A variation waiting for approval, as the approver's work queue shows it. */
export interface VariationAwaitingApproval extends VariationAwaitingDecision {
  approvalRequiredBecause: string | null;
  recordedAt: Date;
}

const NAMES = CONTRACTS_PROJECTIONS.map((p) => p.name);

const byPeriod = <T>(entries: Record<string, T>) => Object.entries(entries).sort(([a], [b]) => compareQuarters(a, b));

/** The contracts register, social value measures and variation policy, live or as at an instant. */
@Injectable()
export class ContractsQueries {
  constructor(
    private readonly readSide: ReadSide,
    private readonly presenter: StaffPresenter,
  ) {}

  reader(asOf?: Date | null): Promise<ReadModelReader> {
    return this.readSide.reader(NAMES, asOf);
  }

  /** Every contract, oldest award first; under-delivery is judged at the query instant. */
  async contracts(asOf?: Date | null): Promise<ContractType[]> {
    const reader = await this.reader(asOf);
    const docs = (await reader.list<ContractDoc>(CONTRACTS)).sort((a, b) => awardDateOf(a).localeCompare(awardDateOf(b)) || a.awardedAt.localeCompare(b.awardedAt) || a.id.localeCompare(b.id));
    return this.presentAll(reader, docs, asOf);
  }

  async contract(id: string, asOf?: Date | null): Promise<ContractType | undefined> {
    const reader = await this.reader(asOf);
    const doc = await reader.get<ContractDoc>(CONTRACTS, id);
    return doc && (await this.presentAll(reader, [doc], asOf))[0];
  }

  /** Every contract as its decider folds it, for the rules that read contract state (what is due: the work queue). */
  async contractStates(asOf?: Date | null): Promise<ContractState[]> {
    return (await (await this.reader(asOf)).list<ContractDoc>(CONTRACTS)).map((doc) => doc.contract);
  }

  /**
   * Every variation waiting for the procurement lead's approval (PENDING, on an active contract),
   * with the instant it was recorded: what the approver's work queue lists.
   */
  async variationsAwaitingApproval(asOf?: Date | null): Promise<VariationAwaitingApproval[]> {
    const docs = await (await this.reader(asOf)).list<ContractDoc>(CONTRACTS);
    return docs
      .filter((doc) => doc.contract.status === 'ACTIVE')
      .flatMap((doc) =>
        doc.contract.variations
          .filter((v) => v.status === 'PENDING')
          .map((v) => ({
            contractId: doc.id,
            contractTitle: doc.contract.title,
            supplierName: doc.contract.supplierName,
            variationId: v.variationId,
            description: v.description,
            valueChange: v.valueChange,
            approvalRequiredBecause: doc.variations[v.variationId]?.approvalRequiredBecause ?? null,
            recordedAt: new Date(doc.variations[v.variationId]?.recordedAt ?? 0),
          })),
      );
  }

  /** The live contract document, for handlers (e.g. whether a contract exists); undefined when none. */
  async contractDoc(id: string): Promise<ContractDoc | undefined> {
    return (await this.reader()).get<ContractDoc>(CONTRACTS, id);
  }

  async socialValueMeasures(asOf?: Date | null): Promise<SocialValueMeasureType[]> {
    const docs = await (await this.reader(asOf)).list<SocialValueMeasureDoc>(SOCIAL_VALUE_MEASURES);
    return docs.sort((a, b) => a.theme.localeCompare(b.theme) || a.outcome.localeCompare(b.outcome)).map(presentMeasure);
  }

  async socialValueMeasure(id: string, asOf?: Date | null): Promise<SocialValueMeasureType | undefined> {
    const doc = await (await this.reader(asOf)).get<SocialValueMeasureDoc>(SOCIAL_VALUE_MEASURES, id);
    return doc && presentMeasure(doc);
  }

  /** Whether another measure already holds this outcome in this theme (the read model's answer; the reservation is the store's). */
  async measureOutcomeTaken(theme: string, outcome: string, measureId: string): Promise<boolean> {
    const wanted = socialValueMeasureKey(theme, outcome);
    const docs = await (await this.reader()).list<SocialValueMeasureDoc>(SOCIAL_VALUE_MEASURES);
    return docs.some((doc) => doc.id !== measureId && socialValueMeasureKey(doc.theme, doc.outcome) === wanted);
  }

  /**
   * The FOI figures for the contracts awarded in `year` (by the award date: the date the award
   * stated, or else the day it was recorded; UK calendar), as the
   * record stood at `asOf`: how many, how many applied social value, the mean weighting, and the
   * committed and delivered value where a proxy value exists.
   */
  async socialValueSummary(year: number, asOf?: Date | null): Promise<SocialValueSummaryType> {
    const docs = await (await this.reader(asOf)).list<ContractDoc>(CONTRACTS);
    const awarded = docs.filter((doc) => awardedInYear(doc, year)).map((doc) => doc.contract);
    return { year, ...socialValueSummary(awarded, ukDateOf(asOf ?? new Date())) };
  }

  async variationPolicies(asOf?: Date | null): Promise<VariationPolicyType[]> {
    const docs = await (await this.reader(asOf)).list<VariationPolicyDoc>(VARIATION_POLICIES);
    return docs.sort((a, b) => a.version - b.version).map((doc) => ({ version: doc.version, ...doc.rules, reason: doc.reason, adoptedAt: new Date(doc.adoptedAt) }));
  }

  /** The register status of each person named, for the decider to rule on. */
  async peopleStatuses(ids: readonly string[]): Promise<PeopleStatuses> {
    return peopleStatuses(await this.reader(), CONTRACT_PEOPLE, ids);
  }

  /** The staff member a user is (by sign-in email), or null: see staffMemberIdByEmail. */
  async staffMemberIdByEmail(email: string | undefined): Promise<string | null> {
    return staffMemberIdByEmail(await this.reader(), CONTRACT_PEOPLE, this.presenter, email);
  }

  private async people(reader: ReadModelReader): Promise<Map<string, StaffMemberType>> {
    return this.presenter.present(await reader.list<PersonDoc>(CONTRACT_PEOPLE));
  }

  private async presentAll(reader: ReadModelReader, docs: readonly ContractDoc[], asOf?: Date | null): Promise<ContractType[]> {
    if (!docs.length) return [];
    const people = await this.people(reader);
    const measures = new Map((await reader.list<SocialValueMeasureDoc>(SOCIAL_VALUE_MEASURES)).map((m) => [m.id, m]));
    const today = ukDateOf(asOf ?? new Date());
    return docs.map((doc) => present(doc, people, measures, today, asOf));
  }
}

/** The award date in force; a document folded before award dates existed falls back to the day the award was recorded. */
const awardDateOf = (doc: ContractDoc): string => doc.awardedOn ?? ukDateOf(new Date(doc.awardedAt));
const awardedInYear = (doc: ContractDoc, year: number) => awardDateOf(doc).startsWith(`${year}-`);

const presentMeasure = (doc: SocialValueMeasureDoc): SocialValueMeasureType => ({
  id: doc.id,
  theme: doc.theme,
  outcome: doc.outcome,
  unit: doc.unit,
  proxyValuePerUnit: doc.proxyValuePerUnit,
  retired: doc.retired,
  revision: doc.revision,
});

const reportedAt = (record: ReportRecord | undefined) => ({
  reportedAt: new Date(record?.reportedAt ?? 0),
  reportedBy: record?.reportedBy ?? '',
  correctionReason: record?.correctionReason ?? null,
});

function present(doc: ContractDoc, people: Map<string, StaffMemberType>, measures: Map<string, SocialValueMeasureDoc>, today: string, asOf?: Date | null): ContractType {
  const c = doc.contract;
  const totals = socialValueTotals(c, today);
  return {
    id: doc.id,
    procurementId: doc.procurementId,
    title: c.title,
    supplierName: c.supplierName,
    supplierCompanyNumber: c.supplierDetails.companyNumber,
    supplierPostcode: c.supplierDetails.postcode,
    supplierSme: c.supplierDetails.sme,
    supplierVcse: c.supplierDetails.vcse,
    awardedValue: c.awardedValue,
    currentValue: currentValue(c),
    startDate: c.startDate,
    endDate: c.endDate,
    extensionMonthsAvailable: c.extensionMonthsAvailable,
    noticePeriodDays: c.noticePeriodDays,
    status: c.status === 'NONE' ? 'ACTIVE' : c.status,
    closedOn: c.closedOn,
    closeReason: doc.closeReason,
    socialValueWeightingPercent: c.socialValueWeightingPercent,
    gatewaysPassed: doc.gatewaysPassed,
    awardedAt: new Date(doc.awardedAt),
    awardedOn: awardDateOf(doc),
    managers: c.managers.map((id) => people.get(id)).filter((p): p is StaffMemberType => !!p),
    variations: c.variations.map((v) => {
      const record = doc.variations[v.variationId];
      return {
        id: v.variationId,
        description: v.description,
        valueChange: v.valueChange,
        reason: v.reason,
        status: v.status,
        recordedAt: new Date(record?.recordedAt ?? 0),
        recordedBy: record?.recordedBy ?? '',
        approvalRequiredBecause: record?.approvalRequiredBecause ?? null,
        policyVersion: record?.policyVersion ?? 0,
        decidedAt: record?.decidedAt ? new Date(record.decidedAt) : null,
        decidedBy: record?.decidedBy ?? null,
        decisionNote: record?.decisionNote ?? null,
      };
    }),
    kpis: c.kpis.map((k) => ({
      id: k.kpiId,
      name: k.name,
      target: k.target,
      firstPeriod: k.firstPeriod,
      reports: byPeriod(k.reports).map(([period, report]) => ({ period, rating: report.rating, note: report.note, ...reportedAt(doc.reports[kpiReportKey(k.kpiId, period)]) })),
    })),
    socialValueCommitments: c.commitments.map((commitment) => {
      const figures = totals.commitments.find((t) => t.commitmentId === commitment.commitmentId);
      return {
        id: commitment.commitmentId,
        // The measure as committed (its proxy value then), with whether it has been retired since.
        measure: {
          id: commitment.measureId,
          theme: commitment.theme,
          outcome: commitment.outcome,
          unit: commitment.unit,
          proxyValuePerUnit: commitment.proxyValuePerUnit,
          retired: measures.get(commitment.measureId)?.retired ?? false,
          revision: measures.get(commitment.measureId)?.revision ?? 0,
        },
        committedQuantity: commitment.committedQuantity,
        deliveredQuantity: figures?.deliveredQuantity ?? 0,
        committedValue: figures?.committedValue ?? null,
        deliveredValue: figures?.deliveredValue ?? null,
        expectedToDateQuantity: figures?.expectedToDateQuantity ?? 0,
        underDelivered: figures?.underDelivered ?? false,
        firstPeriod: commitment.firstPeriod,
        deliveries: byPeriod(commitment.deliveries).map(([period, delivery]) => ({
          period,
          quantity: delivery.quantity,
          evidence: delivery.evidence,
          ...reportedAt(doc.reports[deliveryReportKey(commitment.commitmentId, period)]),
        })),
      };
    }),
    committedSocialValue: totals.committedValue,
    deliveredSocialValue: totals.deliveredValue,
    socialValueUnderDelivered: totals.underDelivered,
    savings: c.savings.map((s) => ({ id: s.entryId, kind: s.kind, stage: s.stage, amount: s.amount, period: s.period })),
    revision: doc.revision,
    asOf: asOf ?? null,
  };
}
