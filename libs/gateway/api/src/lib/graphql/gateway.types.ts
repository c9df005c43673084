import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { GATEWAYS, Gateway, GatewayPolicyRules, GatewayPolicyRequest, OUTCOMES, ProcurementRequest, RISK_LEVELS, RiskLevel, ValueThreshold } from '@ledger/gateway-domain';
import { GatewayEnum, GatewayOutcomeEnum, RiskLevelEnum, StaffMemberType } from '@ledger/shared-api';

@ObjectType('GatewayCondition')
export class GatewayConditionType {
  @Field() text!: string;
  @Field() discharged!: boolean;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) dischargedAt!: Date | null;
}

@ObjectType('SupersededDecision', { description: 'A decision that a recorded correction replaced; never edited' })
export class SupersededDecisionType {
  @Field(() => GatewayOutcomeEnum) outcome!: string;
  @Field() rationale!: string;
  @Field(() => [String]) conditions!: string[];
  @Field(() => [GatewayConditionType]) conditionStatus!: GatewayConditionType[];
  @Field(() => [StaffMemberType]) decidedBy!: StaffMemberType[];
  @Field(() => ID) recordedBy!: string;
  @Field(() => StaffMemberType, { nullable: true, description: 'The staff member who recorded it (the clerk); null when the recording user has no staff record' })
  recorder!: StaffMemberType | null;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
  @Field(() => String, { nullable: true }) correctionReason!: string | null;
}

@ObjectType('GatewayReview')
export class GatewayReviewType {
  @Field(() => ID) id!: string;
  @Field(() => ID) procurementId!: string;
  @Field(() => GatewayEnum) gateway!: string;
  @Field() summary!: string;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GatewayOutcomeEnum, { nullable: true }) outcome!: string | null;
  @Field(() => [String]) conditions!: string[];
  @Field(() => [GatewayConditionType]) conditionStatus!: GatewayConditionType[];
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => [StaffMemberType], { description: 'The committee members who decided' }) decidedBy!: StaffMemberType[];
  @Field(() => ID, { nullable: true, description: 'The user who recorded the decision (a clerk need not have decided)' }) recordedBy!: string | null;
  @Field(() => StaffMemberType, { nullable: true, description: 'The staff member who recorded the decision (the clerk); null when the recording user has no staff record' })
  recorder!: StaffMemberType | null;
  @Field(() => String, { nullable: true, description: 'Global log position the decision was taken at: what was known then' }) basisPosition!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the decision in force corrected an earlier one' }) correctionReason!: string | null;
  @Field(() => [SupersededDecisionType]) superseded!: SupersededDecisionType[];
  @Field({ description: 'The procurement’s value, risk or political interest changed after this decision: review again' }) basisChanged!: boolean;
}

@ObjectType('EligibleDecider', { description: 'A person the procurement’s policy lets decide on its reviews; one with a declared conflict is listed but cannot decide' })
export class EligibleDeciderType {
  @Field(() => ID) staffMemberId!: string;
  @Field() displayName!: string;
  @Field() conflictDeclared!: boolean;
  @Field(() => String, { nullable: true, description: 'The nature of the declared conflict; null when none' }) conflictNature!: string | null;
}

@ObjectType('ReviewDeciders', { description: 'Who may be named as deciders on a review, by the rule the decision is checked against, and how many must decide' })
export class ReviewDecidersType {
  @Field(() => ID) reviewId!: string;
  @Field(() => Int, { description: 'The gateway policy version that applies to the procurement' }) policyVersion!: number;
  @Field(() => Int, { description: 'How many members must decide together' }) quorum!: number;
  @Field({ description: 'True when the policy names no committee: any registered staff member may sit' }) anyStaffMemberMaySit!: boolean;
  @Field(() => [EligibleDeciderType], { description: 'By name; those with a declared conflict are marked and cannot decide' }) members!: EligibleDeciderType[];
}

@ObjectType('ConflictOfInterest')
export class ConflictOfInterestType {
  @Field(() => StaffMemberType) staffMember!: StaffMemberType;
  @Field() nature!: string;
  @Field(() => GraphQLISODateTime) declaredAt!: Date;
  @Field(() => StaffMemberType, { nullable: true, description: 'Who declared it: the person themselves, or the procurement lead who recorded it for them; null when not on the staff register or not known' })
  declaredBy!: StaffMemberType | null;
  @Field({ description: 'True when a procurement lead recorded it for the person rather than the person declaring it themselves' }) onBehalf!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was recorded on the person’s behalf; null when self-declared' }) onBehalfReason!: string | null;
}

@ObjectType('Procurement')
export class ProcurementType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Float, { description: 'Estimated whole-life value, GBP' }) estimatedValue!: number;
  @Field(() => RiskLevelEnum) riskLevel!: string;
  @Field() politicalInterest!: boolean;
  @Field(() => [GatewayEnum], { description: 'The gateways the policy in force at registration makes this procurement pass' }) requiredGateways!: string[];
  @Field(() => Int, { description: 'The gateway policy version that applied at registration' }) policyVersion!: number;
  @Field(() => [GatewayReviewType]) reviews!: GatewayReviewType[];
  @Field(() => [ConflictOfInterestType]) conflicts!: ConflictOfInterestType[];
  @Field(() => [GatewayEnum], { description: 'Required gateways not yet passed (or whose basis changed)' }) outstandingGateways!: string[];
  @Field(() => Int) revision!: number;
  /** Not a field: the instant the procurement was read as at, for fields resolved by other contexts. */
  asOf?: Date | null;
}

@ObjectType('ValueThreshold')
export class ValueThresholdType {
  @Field(() => Float) minValue!: number;
  @Field(() => [GatewayEnum]) gateways!: string[];
}

@ObjectType('GatewayPolicy')
export class GatewayPolicyType {
  @Field(() => Int) version!: number;
  @Field(() => [ValueThresholdType]) valueThresholds!: ValueThresholdType[];
  @Field(() => [GatewayEnum]) highRiskGateways!: string[];
  @Field(() => [GatewayEnum]) politicalInterestGateways!: string[];
  @Field(() => Int) quorum!: number;
  @Field(() => [StaffMemberType], { nullable: true, description: 'Who may sit; null: any registered staff member' }) committee!: StaffMemberType[] | null;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) adoptedAt!: Date;
}

/** The fields of a procurement command as sent, for its GraphQL input to implement: a field added to the command breaks the input's compile. */
type ProcurementFields<Type extends ProcurementRequest['type'], Resolved extends string = never> = Omit<Extract<ProcurementRequest, { type: Type }>, 'type' | Resolved>;
type PolicyFields = Omit<Extract<GatewayPolicyRequest, { type: 'AdoptGatewayPolicy' }>, 'type' | 'rules'> & Omit<GatewayPolicyRules, 'committee'>;

// The inputs' TypeScript types follow the commands; their GraphQL types stay in the decorators.
@InputType('RegisterProcurementInput')
export class RegisterProcurementInput implements ProcurementFields<'RegisterProcurement', 'procurementId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() title!: string;
  @Field(() => Float) @IsNumber() estimatedValue!: number;
  @Field(() => RiskLevelEnum) @IsIn(RISK_LEVELS) riskLevel!: RiskLevel;
  @Field() @IsBoolean() politicalInterest!: boolean;
}

@InputType('ChangeProcurementBasisInput')
export class ChangeProcurementBasisInput implements ProcurementFields<'ChangeProcurementBasis'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() procurementId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
  @Field(() => Float) @IsNumber() estimatedValue!: number;
  @Field(() => RiskLevelEnum) @IsIn(RISK_LEVELS) riskLevel!: RiskLevel;
  @Field() @IsBoolean() politicalInterest!: boolean;
  @Field() @IsString() reason!: string;
}

@InputType('RequestGatewayReviewInput')
export class RequestGatewayReviewInput implements ProcurementFields<'RequestGatewayReview', 'reviewId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() procurementId!: string;
  @Field(() => GatewayEnum) @IsIn(GATEWAYS) gateway!: string;
  @Field() @IsString() summary!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
}

@InputType('RecordGatewayDecisionInput')
export class RecordGatewayDecisionInput implements ProcurementFields<'RecordGatewayDecision'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() reviewId!: string;
  @Field(() => Int, { nullable: true, description: 'The procurement revision the committee saw' }) @IsOptional() @IsInt() expectedRevision?: number;
  @Field(() => GatewayOutcomeEnum) @IsIn(OUTCOMES) outcome!: string;
  @Field(() => [String]) @IsArray() @IsString({ each: true }) conditions!: string[];
  @Field() @IsString() rationale!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) committeeMemberIds!: string[];
}

@InputType('CorrectGatewayDecisionInput')
export class CorrectGatewayDecisionInput extends RecordGatewayDecisionInput implements ProcurementFields<'CorrectGatewayDecision'> {
  @Field({ description: 'Why the earlier decision is superseded' }) @IsString() reason!: string;
}

@InputType('DischargeConditionInput')
export class DischargeConditionInput implements ProcurementFields<'DischargeCondition'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() reviewId!: string;
  @Field(() => Int, { description: '0-based position of the condition in the decision' }) @IsInt() conditionIndex!: number;
  @Field() @IsString() evidence!: string;
}

@InputType('DeclareConflictOfInterestInput')
export class DeclareConflictOfInterestInput implements ProcurementFields<'DeclareConflictOfInterest'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() procurementId!: string;
  @Field(() => ID, { description: 'Who has the conflict: yourself, or (procurement lead only, with onBehalfReason) someone else' }) @IsString() staffMemberId!: string;
  @Field() @IsString() nature!: string;
  @Field(() => String, { nullable: true, description: 'Required when recording a conflict for someone else: why it is recorded on their behalf' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  onBehalfReason?: string | null;
}

@InputType('ValueThresholdInput')
export class ValueThresholdInput implements ValueThreshold {
  @Field(() => Float) @IsNumber() minValue!: number;
  @Field(() => [GatewayEnum]) @IsArray() @IsIn(GATEWAYS, { each: true }) gateways!: Gateway[];
}

@InputType('AdoptGatewayPolicyInput')
export class AdoptGatewayPolicyInput implements PolicyFields {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => [ValueThresholdInput]) @IsArray() @ValidateNested({ each: true }) @Type(() => ValueThresholdInput) valueThresholds!: ValueThresholdInput[];
  @Field(() => [GatewayEnum]) @IsArray() @IsIn(GATEWAYS, { each: true }) highRiskGateways!: Gateway[];
  @Field(() => [GatewayEnum]) @IsArray() @IsIn(GATEWAYS, { each: true }) politicalInterestGateways!: Gateway[];
  @Field(() => Int) @IsInt() quorum!: number;
  @Field(() => [ID], { nullable: true, description: 'Who may sit; omit for any registered staff member' }) @IsOptional() @IsArray() committeeMemberIds?: string[] | null;
  @Field() @IsString() reason!: string;
}
