import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ContractRequest, ContractStatus, KPI_RATINGS, SAVING_KINDS, SAVING_STAGES, SocialValueMeasureRequest, VariationStatus } from '@ledger/contracts-domain';
import { DateScalar, GatewayEnum, StaffMemberType } from '@ledger/shared-api';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const CONTRACT_STATUSES: readonly ContractStatus[] = ['ACTIVE', 'ENDED', 'TERMINATED'];
const VARIATION_STATUSES: readonly VariationStatus[] = ['EFFECTIVE', 'PENDING', 'APPROVED', 'REJECTED', 'LAPSED'];
export const ContractStatusEnum = enumOf(CONTRACT_STATUSES);
export const ContractVariationStatusEnum = enumOf(VARIATION_STATUSES);
export const KpiRatingEnum = enumOf(KPI_RATINGS);
export const SavingKindEnum = enumOf(SAVING_KINDS);
export const SavingStageEnum = enumOf(SAVING_STAGES);
registerEnumType(ContractStatusEnum, { name: 'ContractStatus' });
registerEnumType(ContractVariationStatusEnum, {
  name: 'ContractVariationStatus',
  description: 'EFFECTIVE: within the policy threshold, took effect when recorded; PENDING: awaits the procurement lead; LAPSED: the contract ended first',
});
registerEnumType(KpiRatingEnum, { name: 'KpiRating' });
registerEnumType(SavingKindEnum, { name: 'SavingKind' });
registerEnumType(SavingStageEnum, { name: 'SavingStage' });

// ---------------------------------------------------------------- outputs
@ObjectType('ContractVariation')
export class ContractVariationType {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => Float, { description: 'GBP, negative for a reduction' }) valueChange!: number;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => ID, { description: 'The user who recorded it' }) recordedBy!: string;
  @Field(() => ContractVariationStatusEnum) status!: VariationStatus;
  @Field(() => String, { nullable: true, description: 'Why it waits for approval under the variation policy; null when it took effect when recorded' })
  approvalRequiredBecause!: string | null;
  @Field(() => Int, { description: 'The variation policy version it was judged by' }) policyVersion!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was approved or rejected' }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true, description: "The approval's note or the rejection's reason" }) decisionNote!: string | null;
}

@ObjectType('KpiReport')
export class KpiReportType {
  @Field({ description: 'A quarter, written YYYY-Qn' }) period!: string;
  @Field(() => KpiRatingEnum) rating!: string;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the report in force for the period was made (its correction, if corrected)' }) reportedAt!: Date;
  @Field(() => ID) reportedBy!: string;
  @Field(() => String, { nullable: true, description: 'Why the first report for the period was corrected; both stay on the record' }) correctionReason!: string | null;
}

@ObjectType('Kpi')
export class KpiType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() target!: string;
  @Field({ description: 'The first quarter a report is due for' }) firstPeriod!: string;
  @Field(() => [KpiReportType], { description: 'The report in force for each quarter, oldest first' }) reports!: KpiReportType[];
}

@ObjectType('SocialValueMeasure')
export class SocialValueMeasureType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The theme of the authority\'s social value model, e.g. "Tackling economic inequality"' }) theme!: string;
  @Field() outcome!: string;
  @Field({ description: 'What one unit is, e.g. "apprenticeship weeks", "tCO2e saved"' }) unit!: string;
  @Field(() => Float, { nullable: true, description: 'GBP of social value one unit stands for; null where the authority records no proxy value' })
  proxyValuePerUnit!: number | null;
  @Field({ description: 'A retired measure takes no new commitments' }) retired!: boolean;
  @Field(() => Int) revision!: number;
}

@ObjectType('SocialValueDelivery')
export class SocialValueDeliveryType {
  @Field() period!: string;
  @Field(() => Float) quantity!: number;
  @Field() evidence!: string;
  @Field(() => GraphQLISODateTime) reportedAt!: Date;
  @Field(() => ID) reportedBy!: string;
  @Field(() => String, { nullable: true }) correctionReason!: string | null;
}

@ObjectType('SocialValueCommitment')
export class SocialValueCommitmentType {
  @Field(() => ID) id!: string;
  @Field(() => SocialValueMeasureType, { description: 'The measure as it was when committed: the bid was valued at this proxy value' }) measure!: SocialValueMeasureType;
  @Field(() => Float) committedQuantity!: number;
  @Field(() => Float) deliveredQuantity!: number;
  @Field(() => Float, { nullable: true, description: 'quantity x proxy value, null without a proxy value' }) committedValue!: number | null;
  @Field(() => Float, { nullable: true }) deliveredValue!: number | null;
  @Field(() => Float, { description: 'What should have been delivered by the query instant, pro rata over the term' }) expectedToDateQuantity!: number;
  @Field({ description: 'Delivered less than expected to date' }) underDelivered!: boolean;
  @Field() firstPeriod!: string;
  @Field(() => [SocialValueDeliveryType], { description: 'The delivery in force for each quarter, oldest first' }) deliveries!: SocialValueDeliveryType[];
}

@ObjectType('SavingOrBenefit')
export class SavingOrBenefitType {
  @Field(() => ID) id!: string;
  @Field(() => SavingKindEnum) kind!: string;
  @Field(() => SavingStageEnum) stage!: string;
  @Field(() => Float) amount!: number;
  @Field() period!: string;
}

@ObjectType('Contract')
export class ContractType {
  @Field(() => ID) id!: string;
  // `procurement: Procurement!` joins the gateway context: the app composes it (ContractProcurementResolver).
  @Field(() => ID) procurementId!: string;
  @Field() title!: string;
  @Field() supplierName!: string;
  @Field(() => String, { nullable: true }) supplierCompanyNumber!: string | null;
  @Field(() => String, { nullable: true }) supplierPostcode!: string | null;
  @Field(() => Boolean, { nullable: true }) supplierSme!: boolean | null;
  @Field(() => Boolean, { nullable: true }) supplierVcse!: boolean | null;
  @Field(() => Float) awardedValue!: number;
  @Field(() => Float, { description: 'The awarded value plus every variation that took effect (EFFECTIVE or APPROVED); pending ones wait' }) currentValue!: number;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => Int) extensionMonthsAvailable!: number;
  @Field(() => Int, { nullable: true }) noticePeriodDays!: number | null;
  @Field(() => ContractStatusEnum) status!: ContractStatus;
  @Field(() => DateScalar, { nullable: true, description: 'The day it ended or was terminated' }) closedOn!: string | null;
  @Field(() => String, { nullable: true }) closeReason!: string | null;
  @Field(() => Float, { description: "The weighting social value had in the tender's evaluation, 0-100; 0 = not applied" }) socialValueWeightingPercent!: number;
  @Field(() => [GatewayEnum], { description: 'The gateways the award was checked against (required up to G3_AWARD, all passed)' }) gatewaysPassed!: string[];
  @Field(() => GraphQLISODateTime, { description: 'When the award was recorded' }) awardedAt!: Date;
  @Field(() => DateScalar, {
    description: 'The day the contract was awarded (UK calendar): the award date stated at award, or else the day the award was recorded. The FOI summary counts a contract in this year',
  })
  awardedOn!: string;
  @Field(() => [StaffMemberType]) managers!: StaffMemberType[];
  @Field(() => [ContractVariationType], { description: 'Every variation recorded, oldest first' }) variations!: ContractVariationType[];
  @Field(() => [KpiType]) kpis!: KpiType[];
  @Field(() => [SocialValueCommitmentType]) socialValueCommitments!: SocialValueCommitmentType[];
  @Field(() => Float, { description: 'Committed social value in GBP, over the commitments with a proxy value' }) committedSocialValue!: number;
  @Field(() => Float) deliveredSocialValue!: number;
  @Field({ description: 'Some commitment is delivered below its pro rata expectation' }) socialValueUnderDelivered!: boolean;
  @Field(() => [SavingOrBenefitType]) savings!: SavingOrBenefitType[];
  @Field(() => Int) revision!: number;
  /** The instant the contract was read at, for the fields the app composes (not a field). */
  asOf?: Date | null;
}

@ObjectType('SocialValueSummary', { description: "The seed authority's FOI questions on social value, from the record, for the contracts awarded in the year (by the award date, awardedOn)" })
export class SocialValueSummaryType {
  @Field(() => Int) year!: number;
  @Field(() => Int) contractsAwarded!: number;
  @Field(() => Int) contractsWithSocialValue!: number;
  @Field(() => Float, { description: 'Mean weighting over the contracts awarded with social value applied; 0 when none' }) averageWeightingPercent!: number;
  @Field(() => Float) committedValue!: number;
  @Field(() => Float) deliveredValue!: number;
}

@ObjectType('VariationPolicy')
export class VariationPolicyType {
  @Field(() => Int) version!: number;
  @Field(() => Float) percentOfAwardedValue!: number;
  @Field(() => Float) absoluteAmount!: number;
  @Field() cumulative!: boolean;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) adoptedAt!: Date;
}

// ---------------------------------------------------------------- inputs
/** The fields of a contract command as sent, for its GraphQL input to implement: a field added to the command breaks the input's compile. */
type ContractFieldsOf<Type extends ContractRequest['type'], Elsewhere extends string = never> = Omit<Extract<ContractRequest, { type: Type }>, 'type' | Elsewhere>;

@InputType('SupplierDetailsInput')
export class SupplierDetailsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() companyNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() postcode?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() sme?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() vcse?: boolean | null;
}

@InputType('AwardContractInput')
export class AwardContractInput implements ContractFieldsOf<'AwardContract', 'contractId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() procurementId!: string;
  @Field() @IsString() supplierName!: string;
  @Field(() => Float) @IsNumber() awardedValue!: number;
  @Field(() => DateScalar) @IsString() startDate!: string;
  @Field(() => DateScalar) @IsString() endDate!: string;
  @Field(() => Int) @IsInt() extensionMonthsAvailable!: number;
  @Field(() => Float) @IsNumber() socialValueWeightingPercent!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() noticePeriodDays?: number | null;
  @Field(() => SupplierDetailsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SupplierDetailsInput) supplierDetails?: SupplierDetailsInput | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the contract was awarded, when before today (a contract recorded after the event); not after the start date. Absent: today',
  })
  @IsOptional()
  @IsString()
  awardedOn?: string | null;
}

@InputType('VaryContractInput')
export class VaryContractInput implements ContractFieldsOf<'VaryContract', 'variationId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number | null;
  @Field() @IsString() description!: string;
  @Field(() => Float, { description: 'GBP, negative for a reduction; 0 for a change of terms alone' }) @IsNumber() valueChange!: number;
  @Field() @IsString() reason!: string;
}

@InputType('DecideContractVariationInput')
export class DecideContractVariationInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number | null;
  @Field(() => ID) @IsString() variationId!: string;
  @Field(() => String, { nullable: true, description: 'An approval may carry a note; a rejection needs its reason here' }) @IsOptional() @IsString() note?: string | null;
}

@InputType('ExtendContractInput')
export class ExtendContractInput implements ContractFieldsOf<'ExtendContract'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number | null;
  @Field(() => Int) @IsInt() months!: number;
  @Field() @IsString() reason!: string;
}

@InputType('CloseContractInput')
export class CloseContractInput implements ContractFieldsOf<'EndContract'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number | null;
  @Field() @IsString() reason!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today, or the end date when that passed' }) @IsOptional() @IsString() effectiveOn?: string | null;
}

@InputType('ContractManagerInput')
export class ContractManagerInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID) @IsString() staffMemberId!: string;
  @Field(() => String, { nullable: true, description: 'Required when removing a manager' }) @IsOptional() @IsString() reason?: string | null;
}

@InputType('AddKpiInput')
export class AddKpiInput implements ContractFieldsOf<'AddKpi', 'kpiId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field() @IsString() name!: string;
  @Field() @IsString() target!: string;
}

@InputType('ReportKpiInput')
export class ReportKpiInput implements ContractFieldsOf<'ReportKpi'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID) @IsString() kpiId!: string;
  @Field({ description: 'A quarter, written YYYY-Qn (Q1 = January to March)' }) @IsString() period!: string;
  @Field(() => KpiRatingEnum) @IsIn(KPI_RATINGS) rating!: string;
  @Field() @IsString() note!: string;
}

@InputType('CorrectKpiReportInput')
export class CorrectKpiReportInput extends ReportKpiInput implements ContractFieldsOf<'CorrectKpiReport'> {
  @Field() @IsString() reason!: string;
}

@InputType('RecordSavingOrBenefitInput')
export class RecordSavingOrBenefitInput implements ContractFieldsOf<'RecordSavingOrBenefit', 'entryId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => SavingKindEnum) @IsIn(SAVING_KINDS) kind!: string;
  @Field(() => SavingStageEnum) @IsIn(SAVING_STAGES) stage!: string;
  @Field(() => Float) @IsNumber() amount!: number;
  @Field() @IsString() period!: string;
  @Field() @IsString() note!: string;
}

@InputType('CommitSocialValueInput')
export class CommitSocialValueInput implements ContractFieldsOf<'CommitSocialValue', 'commitmentId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID) @IsString() measureId!: string;
  @Field(() => Float) @IsNumber() committedQuantity!: number;
}

@InputType('ReportSocialValueDeliveryInput')
export class ReportSocialValueDeliveryInput implements ContractFieldsOf<'ReportSocialValueDelivery'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID) @IsString() commitmentId!: string;
  @Field() @IsString() period!: string;
  @Field(() => Float) @IsNumber() quantity!: number;
  @Field() @IsString() evidence!: string;
}

@InputType('CorrectSocialValueDeliveryInput')
export class CorrectSocialValueDeliveryInput extends ReportSocialValueDeliveryInput implements ContractFieldsOf<'CorrectSocialValueDelivery'> {
  @Field() @IsString() reason!: string;
}

type MeasureFieldsOf<Type extends SocialValueMeasureRequest['type'], Elsewhere extends string = never> = Omit<Extract<SocialValueMeasureRequest, { type: Type }>, 'type' | Elsewhere>;

@InputType('DefineSocialValueMeasureInput')
export class DefineSocialValueMeasureInput implements MeasureFieldsOf<'DefineSocialValueMeasure', 'measureId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() theme!: string;
  @Field() @IsString() outcome!: string;
  @Field() @IsString() unit!: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() proxyValuePerUnit?: number | null;
}

@InputType('RetireSocialValueMeasureInput')
export class RetireSocialValueMeasureInput implements MeasureFieldsOf<'RetireSocialValueMeasure'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() measureId!: string;
  @Field() @IsString() reason!: string;
}

@InputType('AdoptVariationPolicyInput')
export class AdoptVariationPolicyInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => Float) @IsNumber() percentOfAwardedValue!: number;
  @Field(() => Float) @IsNumber() absoluteAmount!: number;
  @Field({ description: 'Count the variations that already took effect too (the default)' }) @IsBoolean() cumulative!: boolean;
  @Field() @IsString() reason!: string;
}
