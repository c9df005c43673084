import { Decider, DecisionContext, DomainEvent, ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, Gateway, IsoDate, PERMISSIONS, PeopleStatuses, addMonths, assertIsoDate, assertMayAct, gatewayIndex, mayDo, requiredText, ukDateOf, ukLongDate } from '@ledger/shared-domain';
import { Quarter, assertQuarter, compareQuarters, laterQuarter, quarterAt, quarterOf } from './reporting-periods';
import { SocialValueMeasureFacts } from './social-value-measure';
import { VariationPolicyRules, formatPounds, variationApprovalReason } from './variation-policy';

// Every rule of a contract after award in one pure file: no clock, no I/O. Time and actor come in
// through the context; what lives in other streams (the procurement's gateways, the staff register,
// the variation policy, social value measures) is resolved by the handler and passed in as facts.

/** The gateway a contract is awarded at: every required gateway up to and including it must have passed. */
export const AWARD_GATEWAY: Gateway = 'G3_AWARD';
/** Who approves or rejects a variation awaiting approval, and may report on any contract: the shared permissions map's line. */
export const CONTRACT_OVERSIGHT_ROLES = PERMISSIONS.approveContractVariations;

export const KPI_RATINGS = ['GREEN', 'AMBER', 'RED'] as const;
export type KpiRating = (typeof KPI_RATINGS)[number];
export const SAVING_KINDS = ['SAVING', 'BENEFIT'] as const;
export type SavingKind = (typeof SAVING_KINDS)[number];
/** Committed at award or later (a promise), or delivered (realised in the period). */
export const SAVING_STAGES = ['COMMITTED', 'DELIVERED'] as const;
export type SavingStage = (typeof SAVING_STAGES)[number];

/** EFFECTIVE: within the policy threshold, took effect when recorded. PENDING awaits approval; LAPSED: the contract ended first. */
export type VariationStatus = 'EFFECTIVE' | 'PENDING' | 'APPROVED' | 'REJECTED' | 'LAPSED';
/** A variation that changes the current value. */
export const takesEffect = (status: VariationStatus) => status === 'EFFECTIVE' || status === 'APPROVED';

/** Optional facts about the supplier, for the FOI's supplier list and OCDS parties; null where not known. */
export interface SupplierDetails {
  /** Companies House (or charity) registration number. */
  companyNumber: string | null;
  postcode: string | null;
  sme: boolean | null;
  vcse: boolean | null;
}

export interface ContractTerms {
  supplierName: string;
  supplierDetails: SupplierDetails;
  /** GBP, more than 0. */
  awardedValue: number;
  startDate: IsoDate;
  endDate: IsoDate;
  extensionMonthsAvailable: number;
  /** Days' notice the contract needs to end or renew; null when not recorded (the ending alert then gives 90 days). */
  noticePeriodDays: number | null;
  /** The weighting social value had in the tender's evaluation, 0-100; 0 = not applied. */
  socialValueWeightingPercent: number;
}

/** What the handler found about the procurement a contract is awarded from (null: no such procurement). */
export interface AwardingProcurementFacts {
  title: string;
  /** The gateways the procurement's policy requires, on its current basis. */
  requiredGateways: Gateway[];
  /** The gateways whose latest review passed (approved, with or without conditions) on the current basis. */
  passedGateways: Gateway[];
}

// ---------------------------------------------------------------- events
export type ContractAwarded = DomainEvent<
  'ContractAwarded',
  ContractTerms & {
    contractId: string;
    procurementId: string;
    title: string;
    /**
     * The day the contract was awarded, when the award states it (a contract from an existing
     * register); null: awarded the day it was recorded. Absent on awards recorded before the field
     * existed, which means the same: readers fall back to the recorded day.
     */
    awardedOn?: IsoDate | null;
    gatewaysPassed: Gateway[];
    awardedBy: string;
  }
>;
export type ContractManagerAssigned = DomainEvent<'ContractManagerAssigned', { contractId: string; staffMemberId: string; assignedBy: string }>;
export type ContractManagerRemoved = DomainEvent<'ContractManagerRemoved', { contractId: string; staffMemberId: string; reason: string; removedBy: string }>;
export type ContractVaried = DomainEvent<
  'ContractVaried',
  {
    contractId: string;
    variationId: string;
    description: string;
    /** GBP, negative for a reduction. */
    valueChange: number;
    reason: string;
    /** Why it waits for approval under the policy, or null: it took effect when recorded. */
    approvalRequiredBecause: string | null;
    policyVersion: number;
    policy: VariationPolicyRules;
    recordedBy: string;
  }
>;
export type ContractVariationApproved = DomainEvent<'ContractVariationApproved', { contractId: string; variationId: string; note: string | null; approvedBy: string }>;
export type ContractVariationRejected = DomainEvent<'ContractVariationRejected', { contractId: string; variationId: string; reason: string; rejectedBy: string }>;
export type ContractExtended = DomainEvent<
  'ContractExtended',
  { contractId: string; months: number; reason: string; previousEndDate: IsoDate; endDate: IsoDate; extensionMonthsRemaining: number; extendedBy: string }
>;
/** Ended or terminated: pending variations lapse (they never take effect). */
interface Closure {
  contractId: string;
  reason: string;
  effectiveOn: IsoDate;
  lapsedVariationIds: string[];
  recordedBy: string;
}
export type ContractEnded = DomainEvent<'ContractEnded', Closure>;
export type ContractTerminated = DomainEvent<'ContractTerminated', Closure>;
export type KpiAdded = DomainEvent<'KpiAdded', { contractId: string; kpiId: string; name: string; target: string; firstPeriod: Quarter; addedBy: string }>;
interface KpiReportFields {
  contractId: string;
  kpiId: string;
  period: Quarter;
  rating: KpiRating;
  note: string;
  reportedBy: string;
  /** The staff member who reported, when the user is on the staff register; null otherwise. */
  reportedByStaffMemberId: string | null;
}
export type KpiReported = DomainEvent<'KpiReported', KpiReportFields>;
export type KpiReportCorrected = DomainEvent<'KpiReportCorrected', KpiReportFields & { reason: string }>;
export type SavingOrBenefitRecorded = DomainEvent<
  'SavingOrBenefitRecorded',
  { contractId: string; entryId: string; kind: SavingKind; stage: SavingStage; amount: number; period: Quarter; note: string; recordedBy: string; recordedByStaffMemberId: string | null }
>;
export type SocialValueCommitted = DomainEvent<
  'SocialValueCommitted',
  {
    contractId: string;
    commitmentId: string;
    measureId: string;
    /** The measure as it was when committed: the bid was valued at this proxy value. */
    theme: string;
    outcome: string;
    unit: string;
    proxyValuePerUnit: number | null;
    committedQuantity: number;
    firstPeriod: Quarter;
    committedBy: string;
  }
>;
interface DeliveryFields {
  contractId: string;
  commitmentId: string;
  period: Quarter;
  quantity: number;
  evidence: string;
  reportedBy: string;
  reportedByStaffMemberId: string | null;
}
export type SocialValueDeliveryReported = DomainEvent<'SocialValueDeliveryReported', DeliveryFields>;
export type SocialValueDeliveryCorrected = DomainEvent<'SocialValueDeliveryCorrected', DeliveryFields & { reason: string }>;

export type ContractEvent =
  | ContractAwarded
  | ContractManagerAssigned
  | ContractManagerRemoved
  | ContractVaried
  | ContractVariationApproved
  | ContractVariationRejected
  | ContractExtended
  | ContractEnded
  | ContractTerminated
  | KpiAdded
  | KpiReported
  | KpiReportCorrected
  | SavingOrBenefitRecorded
  | SocialValueCommitted
  | SocialValueDeliveryReported
  | SocialValueDeliveryCorrected;
export const CONTRACT_EVENT_TYPES: readonly ContractEvent['type'][] = [
  'ContractAwarded',
  'ContractManagerAssigned',
  'ContractManagerRemoved',
  'ContractVaried',
  'ContractVariationApproved',
  'ContractVariationRejected',
  'ContractExtended',
  'ContractEnded',
  'ContractTerminated',
  'KpiAdded',
  'KpiReported',
  'KpiReportCorrected',
  'SavingOrBenefitRecorded',
  'SocialValueCommitted',
  'SocialValueDeliveryReported',
  'SocialValueDeliveryCorrected',
];

// ---------------------------------------------------------------- commands
/** `procurement` is resolved by the handler from the procurement's stream (null when there is none). */
export type AwardContract = {
  type: 'AwardContract';
  contractId: string;
  procurementId: string;
  supplierName: string;
  supplierDetails?: Partial<SupplierDetails> | null;
  awardedValue: number;
  startDate: string;
  endDate: string;
  extensionMonthsAvailable: number;
  noticePeriodDays?: number | null;
  socialValueWeightingPercent: number;
  /** The day it was awarded (UK calendar, YYYY-MM-DD), when that was before the day it is recorded; absent: today. */
  awardedOn?: string | null;
  procurement: AwardingProcurementFacts | null;
};
/** `people` is resolved by the handler: the register status of the staff member named. */
export type AssignContractManager = { type: 'AssignContractManager'; staffMemberId: string; people: PeopleStatuses };
export type RemoveContractManager = { type: 'RemoveContractManager'; staffMemberId: string; reason: string };
/** `policyVersion` and `policy` are resolved by the handler: the variation policy in force. */
export type VaryContract = {
  type: 'VaryContract';
  variationId: string;
  description: string;
  valueChange: number;
  reason: string;
  policyVersion: number;
  policy: VariationPolicyRules;
};
export type ApproveContractVariation = { type: 'ApproveContractVariation'; variationId: string; note?: string | null };
export type RejectContractVariation = { type: 'RejectContractVariation'; variationId: string; reason: string };
export type ExtendContract = { type: 'ExtendContract'; months: number; reason: string };
/** `effectiveOn` defaults to today, or the end date when that passed already. */
export type EndContract = { type: 'EndContract'; reason: string; effectiveOn?: string | null };
export type TerminateContract = { type: 'TerminateContract'; reason: string; effectiveOn?: string | null };
export type AddKpi = { type: 'AddKpi'; kpiId: string; name: string; target: string };
/** Reports: `actorStaffMemberId` is resolved by the handler, the staff member the signed-in user is (or null). */
export type ReportKpi = { type: 'ReportKpi'; kpiId: string; period: string; rating: string; note: string; actorStaffMemberId: string | null };
export type CorrectKpiReport = { type: 'CorrectKpiReport'; kpiId: string; period: string; rating: string; note: string; reason: string; actorStaffMemberId: string | null };
export type RecordSavingOrBenefit = {
  type: 'RecordSavingOrBenefit';
  entryId: string;
  kind: string;
  stage: string;
  amount: number;
  period: string;
  note: string;
  actorStaffMemberId: string | null;
};
/** `measure` is resolved by the handler from the measure's stream (null when there is none). */
export type CommitSocialValue = { type: 'CommitSocialValue'; commitmentId: string; measureId: string; committedQuantity: number; measure: SocialValueMeasureFacts | null };
export type ReportSocialValueDelivery = {
  type: 'ReportSocialValueDelivery';
  commitmentId: string;
  period: string;
  quantity: number;
  evidence: string;
  actorStaffMemberId: string | null;
};
export type CorrectSocialValueDelivery = {
  type: 'CorrectSocialValueDelivery';
  commitmentId: string;
  period: string;
  quantity: number;
  evidence: string;
  reason: string;
  actorStaffMemberId: string | null;
};

export type ContractCommand =
  | AwardContract
  | AssignContractManager
  | RemoveContractManager
  | VaryContract
  | ApproveContractVariation
  | RejectContractVariation
  | ExtendContract
  | EndContract
  | TerminateContract
  | AddKpi
  | ReportKpi
  | CorrectKpiReport
  | RecordSavingOrBenefit
  | CommitSocialValue
  | ReportSocialValueDelivery
  | CorrectSocialValueDelivery;

/** A contract command as sent: without the facts the handler resolves (procurement, people, policy in force, measure, who the actor is). */
export type ContractRequest = DistributiveOmit<ContractCommand, 'procurement' | 'people' | 'policyVersion' | 'policy' | 'measure' | 'actorStaffMemberId'>;

// ---------------------------------------------------------------- state
export interface VariationState {
  variationId: string;
  description: string;
  valueChange: number;
  reason: string;
  status: VariationStatus;
}
export interface KpiReportState {
  rating: KpiRating;
  note: string;
}
export interface KpiState {
  kpiId: string;
  name: string;
  target: string;
  firstPeriod: Quarter;
  /** The report in force for each period (the latest correction, if any). */
  reports: Readonly<Record<Quarter, KpiReportState>>;
}
export interface SavingState {
  entryId: string;
  kind: SavingKind;
  stage: SavingStage;
  amount: number;
  period: Quarter;
}
export interface DeliveryState {
  quantity: number;
  evidence: string;
}
/** A commitment as the bid made it (the committed event's facts), with its deliveries since. */
export interface CommitmentState extends Omit<SocialValueCommitted['data'], 'contractId' | 'committedBy'> {
  /** The delivery in force for each period (the latest correction, if any). */
  deliveries: Readonly<Record<Quarter, DeliveryState>>;
}

export type ContractStatus = 'ACTIVE' | 'ENDED' | 'TERMINATED';

export interface ContractState extends ContractTerms {
  status: 'NONE' | ContractStatus;
  contractId: string;
  procurementId: string;
  title: string;
  /** The award date the award stated; null: the day the award was recorded (which the event's envelope holds, not the state). */
  awardedOn: IsoDate | null;
  /** The day it ended or was terminated; null while active. */
  closedOn: IsoDate | null;
  managers: string[];
  variations: VariationState[];
  kpis: KpiState[];
  savings: SavingState[];
  commitments: CommitmentState[];
}

export const contractStreamId = (contractId: string) => `contract-${contractId}`;

// ---------------------------------------------------------------- rules
const round2 = (amount: number) => Math.round(amount * 100) / 100;
const MAX_AMOUNT = 1e12;

function amount(field: string, value: number, { positive }: { positive: boolean }): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_AMOUNT || (positive ? value <= 0 : value < 0)) {
    throw new InvalidInputError(`${field} must be an amount in pounds, ${positive ? 'more than 0' : '0 or more'}`, { field });
  }
  return round2(value);
}

function quantity(field: string, value: number, { positive }: { positive: boolean }): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > 1e12 || (positive ? value <= 0 : value < 0)) {
    throw new InvalidInputError(`${field} must be a quantity ${positive ? 'more than 0' : 'of 0 or more'}`, { field });
  }
  return value;
}

function wholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new InvalidInputError(`${field} must be a whole number from ${min} to ${max}`, { field });
  return value;
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInputError(`${field} must be one of ${allowed.join(', ')}`, { field });
  return value as T;
}

const optionalText = (value: string | null | undefined, field: string, maxLength: number): string | null => ((value ?? '').trim() ? requiredText(field, value, maxLength) : null);

function validSupplierDetails(details: Partial<SupplierDetails> | null | undefined): SupplierDetails {
  const flag = (value: boolean | null | undefined) => (value === null || value === undefined ? null : !!value);
  return {
    companyNumber: optionalText(details?.companyNumber, 'supplierDetails.companyNumber', 50),
    postcode: optionalText(details?.postcode, 'supplierDetails.postcode', 20)?.toUpperCase() ?? null,
    sme: flag(details?.sme),
    vcse: flag(details?.vcse),
  };
}

function validTerms(command: AwardContract): ContractTerms {
  const startDate = assertIsoDate('startDate', command.startDate);
  const endDate = assertIsoDate('endDate', command.endDate);
  if (endDate <= startDate) throw new InvalidInputError('endDate must be after startDate', { field: 'endDate' });
  const weighting = command.socialValueWeightingPercent;
  if (typeof weighting !== 'number' || !Number.isFinite(weighting) || weighting < 0 || weighting > 100) {
    throw new InvalidInputError('socialValueWeightingPercent must be from 0 to 100 (0: social value was not applied)', { field: 'socialValueWeightingPercent' });
  }
  const notice = command.noticePeriodDays;
  return {
    supplierName: requiredText('supplierName', command.supplierName, 300),
    supplierDetails: validSupplierDetails(command.supplierDetails),
    awardedValue: amount('awardedValue', command.awardedValue, { positive: true }),
    startDate,
    endDate,
    extensionMonthsAvailable: wholeNumber('extensionMonthsAvailable', command.extensionMonthsAvailable, 0, 600),
    noticePeriodDays: notice === null || notice === undefined ? null : wholeNumber('noticePeriodDays', notice, 0, 3650),
    socialValueWeightingPercent: weighting,
  };
}

/**
 * The award date, when the award states one. A procurement officer records a contract's award on
 * the day, or later from an existing register; the date cannot be a day still to come, and a
 * contract is awarded before it starts (the award decision, the standstill, then the contract), so
 * not after its start date: a later date is most often the start and award dates swapped, or a US
 * date read as a UK one. Absent or empty: the award is dated the day it is recorded (null).
 */
function validAwardDate(command: AwardContract, startDate: IsoDate, context: DecisionContext): IsoDate | null {
  if (command.awardedOn === null || command.awardedOn === undefined || command.awardedOn === '') return null;
  const awardedOn = assertIsoDate('awardedOn', command.awardedOn);
  const today = ukDateOf(context.now);
  if (awardedOn > today) {
    throw new RuleViolationError(`The award date ${ukLongDate(awardedOn)} is still to come: record a contract once it has been awarded (today is ${ukLongDate(today)})`, { field: 'awardedOn' });
  }
  if (awardedOn > startDate) {
    throw new RuleViolationError(
      `The award date ${ukLongDate(awardedOn)} is after the contract's start date ${ukLongDate(startDate)}: a contract is awarded before it starts. Check the two dates are not swapped`,
      { field: 'awardedOn' },
    );
  }
  return awardedOn;
}

/** The required gateways up to and including the award gateway that have not passed, in order. */
export function gatewaysOutstandingForAward(procurement: AwardingProcurementFacts): Gateway[] {
  return procurement.requiredGateways.filter((g) => gatewayIndex(g) <= gatewayIndex(AWARD_GATEWAY) && !procurement.passedGateways.includes(g));
}

/** The gateways that passed up to and including the award gateway: what the award was checked against. */
const gatewaysPassedForAward = (procurement: AwardingProcurementFacts): Gateway[] =>
  procurement.requiredGateways.filter((g) => gatewayIndex(g) <= gatewayIndex(AWARD_GATEWAY) && procurement.passedGateways.includes(g));

function assertActive(state: ContractState, doing: string): void {
  if (state.status !== 'ACTIVE') {
    throw new RuleViolationError(`This contract is ${state.status.toLowerCase()}: it cannot ${doing} (an ended or terminated contract only takes reports on its history)`);
  }
}

const hasOversightRole = (context: DecisionContext) => mayDo(context.actorRoles, 'approveContractVariations');

/** Reports on a contract come from one of its managers, or the procurement lead (or an administrator). */
function assertMayReport(state: ContractState, actorStaffMemberId: string | null, context: DecisionContext): void {
  if (actorStaffMemberId !== null && state.managers.includes(actorStaffMemberId)) return;
  if (hasOversightRole(context)) return;
  throw new ForbiddenError('Only a manager of this contract, or the procurement lead, may report on it', { contractId: state.contractId });
}

/** The day the contract's reporting stops: the day it closed, or its end date. */
const lastDayOf = (state: Pick<ContractState, 'closedOn' | 'endDate'>): IsoDate => state.closedOn ?? state.endDate;

/** A reporting period is a quarter of the contract's term, and not a quarter yet to come. */
function reportablePeriod(state: ContractState, period: string, context: DecisionContext): Quarter {
  const quarter = assertQuarter('period', period);
  const current = quarterAt(context.now);
  if (compareQuarters(quarter, current) > 0) throw new RuleViolationError(`${quarter} is a future quarter: report it once it has begun (this is ${current})`, { field: 'period' });
  const first = quarterOf(state.startDate);
  const last = quarterOf(lastDayOf(state));
  if (compareQuarters(quarter, first) < 0 || compareQuarters(quarter, last) > 0) {
    throw new RuleViolationError(`${quarter} is outside the contract's term (${first} to ${last})`, { field: 'period' });
  }
  return quarter;
}

/** The first quarter reports are due for, on something added now: the current quarter, or the contract's first. */
const firstPeriodFrom = (state: ContractState, context: DecisionContext): Quarter => laterQuarter(quarterOf(state.startDate), quarterAt(context.now));

function kpiReport(state: ContractState, command: ReportKpi | CorrectKpiReport, context: DecisionContext): { kpi: KpiState; fields: KpiReportFields } {
  assertMayReport(state, command.actorStaffMemberId, context);
  const kpi = state.kpis.find((k) => k.kpiId === command.kpiId);
  if (!kpi) throw new NotFoundError(`No KPI ${command.kpiId} on this contract`);
  const period = reportablePeriod(state, command.period, context);
  const rating = oneOf('rating', command.rating, KPI_RATINGS);
  const note = (command.note ?? '').trim();
  if (rating !== 'GREEN' && !note) throw new InvalidInputError(`A ${rating} rating needs a note saying why and what is being done`, { field: 'note' });
  if (note.length > 4000) throw new InvalidInputError('note must be at most 4000 characters', { field: 'note' });
  return {
    kpi,
    fields: { contractId: state.contractId, kpiId: kpi.kpiId, period, rating, note, reportedBy: context.actorId, reportedByStaffMemberId: command.actorStaffMemberId },
  };
}

function deliveryReport(state: ContractState, command: ReportSocialValueDelivery | CorrectSocialValueDelivery, context: DecisionContext): { commitment: CommitmentState; fields: DeliveryFields } {
  assertMayReport(state, command.actorStaffMemberId, context);
  const commitment = state.commitments.find((c) => c.commitmentId === command.commitmentId);
  if (!commitment) throw new NotFoundError(`No social value commitment ${command.commitmentId} on this contract`);
  const period = reportablePeriod(state, command.period, context);
  return {
    commitment,
    fields: {
      contractId: state.contractId,
      commitmentId: commitment.commitmentId,
      period,
      quantity: quantity('quantity', command.quantity, { positive: false }),
      evidence: requiredText('evidence', command.evidence, 4000),
      reportedBy: context.actorId,
      reportedByStaffMemberId: command.actorStaffMemberId,
    },
  };
}

/** The value the contract stands at: the awarded value plus every variation that took effect. */
export function currentValue(contract: { awardedValue: number; variations: readonly { valueChange: number; status: VariationStatus }[] }): number {
  return round2(contract.variations.reduce((value, v) => (takesEffect(v.status) ? value + v.valueChange : value), contract.awardedValue));
}

function assertValueStaysPositive(state: ContractState, valueChange: number): void {
  const value = currentValue(state);
  if (value + valueChange < 0) {
    throw new RuleViolationError(`A reduction of ${formatPounds(Math.abs(valueChange))} would take the contract's value below £0 (it stands at ${formatPounds(value)})`, { field: 'valueChange' });
  }
}

function closure(state: ContractState, command: EndContract | TerminateContract, context: DecisionContext): Closure {
  const today = ukDateOf(context.now);
  const effectiveOn = command.effectiveOn ? assertIsoDate('effectiveOn', command.effectiveOn) : today < state.endDate ? today : state.endDate;
  if (effectiveOn > today) throw new RuleViolationError('A contract is ended on the day it ends, not in advance: the ending alert covers the days before', { field: 'effectiveOn' });
  if (effectiveOn > state.endDate) throw new RuleViolationError(`The contract's end date is ${state.endDate}: extend it first to end it later`, { field: 'effectiveOn' });
  return {
    contractId: state.contractId,
    reason: requiredText('reason', command.reason, 4000),
    effectiveOn,
    lapsedVariationIds: state.variations.filter((v) => v.status === 'PENDING').map((v) => v.variationId),
    recordedBy: context.actorId,
  };
}

function pendingVariation(state: ContractState, variationId: string, context: DecisionContext, doing: 'approve' | 'reject'): VariationState {
  if (!hasOversightRole(context)) throw new ForbiddenError(`Only the procurement lead may ${doing} a contract variation`);
  assertActive(state, `${doing} a variation`);
  const variation = state.variations.find((v) => v.variationId === variationId);
  if (!variation) throw new NotFoundError(`No variation ${variationId} on this contract`);
  if (variation.status !== 'PENDING') throw new RuleViolationError(`Variation ${variationId} is not awaiting approval (it is ${variation.status.toLowerCase()})`);
  return variation;
}

const replaceWhere = <T>(items: readonly T[], match: (item: T) => boolean, change: (item: T) => T): T[] => items.map((item) => (match(item) ? change(item) : item));

/** A contract from its award to its end: change control, performance and social value. */
export const contractDecider: Decider<ContractCommand, ContractEvent, ContractState> = {
  initialState: () => ({
    status: 'NONE',
    contractId: '',
    procurementId: '',
    title: '',
    awardedOn: null,
    supplierName: '',
    supplierDetails: { companyNumber: null, postcode: null, sme: null, vcse: null },
    awardedValue: 0,
    startDate: '',
    endDate: '',
    extensionMonthsAvailable: 0,
    noticePeriodDays: null,
    socialValueWeightingPercent: 0,
    closedOn: null,
    managers: [],
    variations: [],
    kpis: [],
    savings: [],
    commitments: [],
  }),

  decide(command, state, context) {
    if (command.type === 'AwardContract') {
      if (state.status !== 'NONE') throw new RuleViolationError(`Contract ${command.contractId} was already awarded`);
      const terms = validTerms(command);
      const awardedOn = validAwardDate(command, terms.startDate, context);
      if (!command.procurement) throw new NotFoundError(`No procurement ${command.procurementId}`);
      const outstanding = gatewaysOutstandingForAward(command.procurement);
      if (outstanding.length) {
        throw new RuleViolationError(
          `A contract is awarded only once every gateway its procurement requires up to ${AWARD_GATEWAY} has passed: ${outstanding.join(', ')} not passed yet`,
          { missing: outstanding },
        );
      }
      return [
        {
          type: 'ContractAwarded',
          data: {
            contractId: command.contractId,
            procurementId: command.procurementId,
            title: command.procurement.title,
            ...terms,
            awardedOn,
            gatewaysPassed: gatewaysPassedForAward(command.procurement),
            awardedBy: context.actorId,
          },
        },
      ];
    }
    if (state.status === 'NONE') throw new NotFoundError('No such contract');
    const contractId = state.contractId;

    switch (command.type) {
      case 'AssignContractManager':
        assertActive(state, 'take a new manager');
        assertMayAct(command.staffMemberId, command.people, 'manage a contract');
        if (state.managers.includes(command.staffMemberId)) return [];
        return [{ type: 'ContractManagerAssigned', data: { contractId, staffMemberId: command.staffMemberId, assignedBy: context.actorId } }];
      case 'RemoveContractManager':
        assertActive(state, 'change its managers');
        if (!state.managers.includes(command.staffMemberId)) throw new RuleViolationError(`Staff member ${command.staffMemberId} does not manage this contract`);
        return [{ type: 'ContractManagerRemoved', data: { contractId, staffMemberId: command.staffMemberId, reason: requiredText('reason', command.reason, 2000), removedBy: context.actorId } }];
      case 'VaryContract': {
        assertActive(state, 'be varied');
        if (state.variations.some((v) => v.variationId === command.variationId)) throw new RuleViolationError(`Variation ${command.variationId} already exists`);
        const description = requiredText('description', command.description, 4000);
        const reason = requiredText('reason', command.reason, 4000);
        if (typeof command.valueChange !== 'number' || !Number.isFinite(command.valueChange) || Math.abs(command.valueChange) > MAX_AMOUNT) {
          throw new InvalidInputError('valueChange must be an amount in pounds (negative for a reduction)', { field: 'valueChange' });
        }
        const valueChange = round2(command.valueChange);
        assertValueStaysPositive(state, valueChange);
        const earlier = state.variations.filter((v) => takesEffect(v.status)).map((v) => v.valueChange);
        const approvalRequiredBecause = variationApprovalReason(command.policy, state.awardedValue, earlier, valueChange);
        return [
          {
            type: 'ContractVaried',
            data: { contractId, variationId: command.variationId, description, valueChange, reason, approvalRequiredBecause, policyVersion: command.policyVersion, policy: command.policy, recordedBy: context.actorId },
          },
        ];
      }
      case 'ApproveContractVariation': {
        const variation = pendingVariation(state, command.variationId, context, 'approve');
        // Other variations may have taken effect since this one was recorded.
        assertValueStaysPositive(state, variation.valueChange);
        return [{ type: 'ContractVariationApproved', data: { contractId, variationId: variation.variationId, note: optionalText(command.note, 'note', 4000), approvedBy: context.actorId } }];
      }
      case 'RejectContractVariation': {
        const variation = pendingVariation(state, command.variationId, context, 'reject');
        return [{ type: 'ContractVariationRejected', data: { contractId, variationId: variation.variationId, reason: requiredText('reason', command.reason, 4000), rejectedBy: context.actorId } }];
      }
      case 'ExtendContract': {
        assertActive(state, 'be extended');
        if (state.extensionMonthsAvailable === 0) throw new RuleViolationError('This contract has no extension months left');
        const months = wholeNumber('months', command.months, 1, state.extensionMonthsAvailable);
        const reason = requiredText('reason', command.reason, 4000);
        return [
          {
            type: 'ContractExtended',
            data: {
              contractId,
              months,
              reason,
              previousEndDate: state.endDate,
              endDate: addMonths(state.endDate, months),
              extensionMonthsRemaining: state.extensionMonthsAvailable - months,
              extendedBy: context.actorId,
            },
          },
        ];
      }
      case 'EndContract':
        assertActive(state, 'be ended');
        return [{ type: 'ContractEnded', data: closure(state, command, context) }];
      case 'TerminateContract':
        assertActive(state, 'be terminated');
        return [{ type: 'ContractTerminated', data: closure(state, command, context) }];
      case 'AddKpi': {
        assertActive(state, 'take a new KPI');
        if (state.kpis.some((k) => k.kpiId === command.kpiId)) throw new RuleViolationError(`KPI ${command.kpiId} already exists`);
        const name = requiredText('name', command.name, 300);
        if (state.kpis.some((k) => k.name.toLowerCase() === name.toLowerCase())) throw new RuleViolationError(`This contract already has a KPI named "${name}"`, { field: 'name' });
        return [
          { type: 'KpiAdded', data: { contractId, kpiId: command.kpiId, name, target: requiredText('target', command.target, 1000), firstPeriod: firstPeriodFrom(state, context), addedBy: context.actorId } },
        ];
      }
      case 'ReportKpi': {
        const { kpi, fields } = kpiReport(state, command, context);
        if (kpi.reports[fields.period]) {
          throw new RuleViolationError(`${kpi.name} was already reported for ${fields.period}: a report is never overwritten, correct it with the reason instead`, { field: 'period' });
        }
        return [{ type: 'KpiReported', data: fields }];
      }
      case 'CorrectKpiReport': {
        const { kpi, fields } = kpiReport(state, command, context);
        if (!kpi.reports[fields.period]) throw new RuleViolationError(`${kpi.name} has no report for ${fields.period} to correct`, { field: 'period' });
        return [{ type: 'KpiReportCorrected', data: { ...fields, reason: requiredText('reason', command.reason, 4000) } }];
      }
      case 'RecordSavingOrBenefit': {
        assertMayReport(state, command.actorStaffMemberId, context);
        if (state.savings.some((s) => s.entryId === command.entryId)) throw new RuleViolationError(`Entry ${command.entryId} already exists`);
        const kind = oneOf('kind', command.kind, SAVING_KINDS);
        const stage = oneOf('stage', command.stage, SAVING_STAGES);
        // A commitment may name a quarter to come; a delivery is history, reported like a KPI.
        if (stage === 'COMMITTED') assertActive(state, 'take a new commitment');
        const period = stage === 'DELIVERED' ? reportablePeriod(state, command.period, context) : assertQuarter('period', command.period);
        return [
          {
            type: 'SavingOrBenefitRecorded',
            data: {
              contractId,
              entryId: command.entryId,
              kind,
              stage,
              amount: amount('amount', command.amount, { positive: false }),
              period,
              note: requiredText('note', command.note, 4000),
              recordedBy: context.actorId,
              recordedByStaffMemberId: command.actorStaffMemberId,
            },
          },
        ];
      }
      case 'CommitSocialValue': {
        assertActive(state, 'take a new social value commitment');
        if (state.commitments.some((c) => c.commitmentId === command.commitmentId)) throw new RuleViolationError(`Commitment ${command.commitmentId} already exists`);
        const committedQuantity = quantity('committedQuantity', command.committedQuantity, { positive: true });
        const measure = command.measure;
        if (!measure) throw new NotFoundError(`No social value measure ${command.measureId}`);
        if (measure.retired) throw new RuleViolationError(`The measure "${measure.outcome}" is retired: it takes no new commitments`);
        if (state.commitments.some((c) => c.measureId === measure.measureId)) {
          throw new RuleViolationError(`This contract already has a commitment on "${measure.outcome}": one commitment per measure`, { field: 'measureId' });
        }
        return [
          {
            type: 'SocialValueCommitted',
            data: {
              contractId,
              commitmentId: command.commitmentId,
              measureId: measure.measureId,
              theme: measure.theme,
              outcome: measure.outcome,
              unit: measure.unit,
              proxyValuePerUnit: measure.proxyValuePerUnit,
              committedQuantity,
              firstPeriod: firstPeriodFrom(state, context),
              committedBy: context.actorId,
            },
          },
        ];
      }
      case 'ReportSocialValueDelivery': {
        const { commitment, fields } = deliveryReport(state, command, context);
        if (commitment.deliveries[fields.period]) {
          throw new RuleViolationError(`The delivery on "${commitment.outcome}" was already reported for ${fields.period}: correct it with the reason instead`, { field: 'period' });
        }
        return [{ type: 'SocialValueDeliveryReported', data: fields }];
      }
      case 'CorrectSocialValueDelivery': {
        const { commitment, fields } = deliveryReport(state, command, context);
        if (!commitment.deliveries[fields.period]) throw new RuleViolationError(`"${commitment.outcome}" has no delivery reported for ${fields.period} to correct`, { field: 'period' });
        return [{ type: 'SocialValueDeliveryCorrected', data: { ...fields, reason: requiredText('reason', command.reason, 4000) } }];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ContractAwarded': {
        const { contractId, procurementId, title, supplierName, supplierDetails, awardedValue, startDate, endDate, extensionMonthsAvailable, noticePeriodDays, socialValueWeightingPercent } = event.data;
        return {
          ...state,
          status: 'ACTIVE',
          contractId,
          procurementId,
          title,
          awardedOn: event.data.awardedOn ?? null,
          supplierName,
          supplierDetails,
          awardedValue,
          startDate,
          endDate,
          extensionMonthsAvailable,
          noticePeriodDays,
          socialValueWeightingPercent,
        };
      }
      case 'ContractManagerAssigned':
        return { ...state, managers: [...state.managers, event.data.staffMemberId] };
      case 'ContractManagerRemoved':
        return { ...state, managers: state.managers.filter((id) => id !== event.data.staffMemberId) };
      case 'ContractVaried': {
        const { variationId, description, valueChange, reason, approvalRequiredBecause } = event.data;
        return { ...state, variations: [...state.variations, { variationId, description, valueChange, reason, status: approvalRequiredBecause === null ? 'EFFECTIVE' : 'PENDING' }] };
      }
      case 'ContractVariationApproved':
        return { ...state, variations: replaceWhere(state.variations, (v) => v.variationId === event.data.variationId, (v) => ({ ...v, status: 'APPROVED' })) };
      case 'ContractVariationRejected':
        return { ...state, variations: replaceWhere(state.variations, (v) => v.variationId === event.data.variationId, (v) => ({ ...v, status: 'REJECTED' })) };
      case 'ContractExtended':
        return { ...state, endDate: event.data.endDate, extensionMonthsAvailable: event.data.extensionMonthsRemaining };
      case 'ContractEnded':
      case 'ContractTerminated': {
        const lapsed = event.data.lapsedVariationIds;
        return {
          ...state,
          status: event.type === 'ContractEnded' ? 'ENDED' : 'TERMINATED',
          closedOn: event.data.effectiveOn,
          variations: replaceWhere(state.variations, (v) => lapsed.includes(v.variationId), (v) => ({ ...v, status: 'LAPSED' })),
        };
      }
      case 'KpiAdded': {
        const { kpiId, name, target, firstPeriod } = event.data;
        return { ...state, kpis: [...state.kpis, { kpiId, name, target, firstPeriod, reports: {} }] };
      }
      case 'KpiReported':
      case 'KpiReportCorrected': {
        const { kpiId, period, rating, note } = event.data;
        return { ...state, kpis: replaceWhere(state.kpis, (k) => k.kpiId === kpiId, (k) => ({ ...k, reports: { ...k.reports, [period]: { rating, note } } })) };
      }
      case 'SavingOrBenefitRecorded': {
        const { entryId, kind, stage, amount: value, period } = event.data;
        return { ...state, savings: [...state.savings, { entryId, kind, stage, amount: value, period }] };
      }
      case 'SocialValueCommitted': {
        const { commitmentId, measureId, theme, outcome, unit, proxyValuePerUnit, committedQuantity, firstPeriod } = event.data;
        return { ...state, commitments: [...state.commitments, { commitmentId, measureId, theme, outcome, unit, proxyValuePerUnit, committedQuantity, firstPeriod, deliveries: {} }] };
      }
      case 'SocialValueDeliveryReported':
      case 'SocialValueDeliveryCorrected': {
        const { commitmentId, period, quantity: delivered, evidence } = event.data;
        return {
          ...state,
          commitments: replaceWhere(state.commitments, (c) => c.commitmentId === commitmentId, (c) => ({ ...c, deliveries: { ...c.deliveries, [period]: { quantity: delivered, evidence } } })),
        };
      }
      default:
        return unhandled('event', event);
    }
  },
};
