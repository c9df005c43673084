import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { APPETITES, RISK_CATEGORIES, Rating, RiskRequest, TREATMENTS } from '@ledger/risk-domain';
import { DateScalar } from '@ledger/shared-api';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const RiskCategoryEnum = enumOf(RISK_CATEGORIES);
export const RiskAppetiteEnum = enumOf(APPETITES);
export const RiskTreatmentEnum = enumOf(TREATMENTS);
registerEnumType(RiskCategoryEnum, { name: 'RiskCategory' });
registerEnumType(RiskAppetiteEnum, { name: 'RiskAppetite', description: 'HM Treasury Orange Book appetite levels' });
registerEnumType(RiskTreatmentEnum, { name: 'RiskTreatment' });
export const RISK_STATUSES = ['OPEN', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RiskStatusEnum = enumOf(RISK_STATUSES);
registerEnumType(RiskStatusEnum, { name: 'RiskStatus' });

@ObjectType('RiskReview')
export class RiskReviewType {
  @Field(() => GraphQLISODateTime) reviewedAt!: Date;
  @Field(() => Int) likelihood!: number;
  @Field(() => Int) impact!: number;
  @Field(() => Int) score!: number;
  @Field() notes!: string;
  @Field(() => ID, { description: 'The user who recorded it' }) reviewedBy!: string;
}

@ObjectType('Risk')
export class RiskType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => RiskCategoryEnum) category!: string;
  @Field(() => String, { nullable: true }) owner!: string | null;
  @Field(() => Int, { description: 'Latest residual likelihood, 1-5' }) likelihood!: number;
  @Field(() => Int, { description: 'Latest residual impact, 1-5' }) impact!: number;
  @Field(() => Int, { description: 'likelihood × impact, 1-25' }) score!: number;
  @Field(() => Int) inherentLikelihood!: number;
  @Field(() => Int) inherentImpact!: number;
  @Field(() => Int) inherentScore!: number;
  @Field(() => RiskAppetiteEnum) appetite!: string;
  @Field(() => RiskTreatmentEnum) treatment!: string;
  @Field(() => [String]) controls!: string[];
  @Field(() => Int) reviewEveryMonths!: number;
  @Field(() => DateScalar) nextReviewDue!: string;
  @Field({ description: 'The next review date has passed (as at the query instant); never for a closed risk' }) overdue!: boolean;
  @Field(() => RiskStatusEnum, { description: 'OPEN on the live register; CLOSED risks keep their history but leave the heat map and the review cycle' }) status!: RiskStatus;
  @Field(() => DateScalar, { nullable: true }) closedOn!: string | null;
  @Field(() => String, { nullable: true }) closeReason!: string | null;
  @Field(() => [RiskReviewType], { description: 'Reviews, oldest first' }) reviews!: RiskReviewType[];
  @Field(() => [RiskReviewType], { description: 'Every score the risk has had: identification, then each review' }) scoreHistory!: RiskReviewType[];
  @Field(() => Int) revision!: number;
}

@ObjectType('HeatMapCell')
export class HeatMapCellType {
  @Field(() => Int) likelihood!: number;
  @Field(() => Int) impact!: number;
  @Field(() => Int) count!: number;
  @Field(() => [ID]) riskIds!: string[];
}

/**
 * The fields of a risk command as sent, for its GraphQL input to implement: a field added to the
 * command breaks the input's compile. The inputs carry the ratings flat (likelihood, impact).
 */
type RiskFieldsOf<Type extends RiskRequest['type'], Elsewhere extends string = never> = Omit<Extract<RiskRequest, { type: Type }>, 'type' | 'residual' | 'inherent' | Elsewhere>;

@InputType('IdentifyRiskInput')
export class IdentifyRiskInput implements RiskFieldsOf<'IdentifyRisk', 'riskId'>, Rating {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() title!: string;
  @Field(() => RiskCategoryEnum) @IsIn(RISK_CATEGORIES) category!: string;
  @Field(() => Int, { description: 'Residual likelihood (after controls), 1-5' }) @IsInt() likelihood!: number;
  @Field(() => Int, { description: 'Residual impact (after controls), 1-5' }) @IsInt() impact!: number;
  @Field(() => Int) @IsInt() reviewEveryMonths!: number;
  @Field(() => Int, { nullable: true, description: 'Before controls; defaults to the residual rating' }) @IsOptional() @IsInt() inherentLikelihood?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() inherentImpact?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() owner?: string | null;
  @Field(() => RiskAppetiteEnum, { nullable: true }) @IsOptional() @IsIn(APPETITES) appetite?: string | null;
  @Field(() => RiskTreatmentEnum, { nullable: true }) @IsOptional() @IsIn(TREATMENTS) treatment?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) controls?: string[] | null;
}

@InputType('CloseRiskInput')
export class CloseRiskInput implements RiskFieldsOf<'CloseRisk'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() riskId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
  @Field({ description: 'Why the risk no longer threatens the strategy' }) @IsString() reason!: string;
}

@InputType('ReviewRiskInput')
export class ReviewRiskInput implements RiskFieldsOf<'ReviewRisk'>, Rating {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() riskId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
  @Field(() => Int) @IsInt() likelihood!: number;
  @Field(() => Int) @IsInt() impact!: number;
  @Field() @IsString() notes!: string;
}
