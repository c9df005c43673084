import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ActionPlanRequest,
  MATURITY_LEVELS,
  MATURITY_THEMES,
  MaturityAreasCommand,
  MaturityAssessmentRequest,
  PACK_COMMENTARY_MAX_LENGTH,
  PACK_SECTION_IDS,
  StrategyPackCommand,
} from '@ledger/strategy-domain';
import { DateScalar } from '@ledger/shared-api';

export const MaturityLevelEnum = Object.fromEntries(MATURITY_LEVELS.map((v) => [v, v])) as { [K in (typeof MATURITY_LEVELS)[number]]: K };
registerEnumType(MaturityLevelEnum, { name: 'MaturityLevel', description: 'NPS 2022 maturity levels: MINIMUM = 1 ... INNOVATOR = 5' });

@ObjectType('MaturityArea', { description: 'An area the maturity assessment rates: a reference area or one an admin added' })
export class MaturityAreaType {
  @Field() name!: string;
  @Field({ description: 'Showing leadership, Behaving commercially, Achieving community benefits or Enablers' }) theme!: string;
  @Field({ description: 'One of the NPS reference areas (not added by an admin)' }) reference!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) addedAt!: Date | null;
}

@ObjectType('AreaAssessmentEntry', { description: 'One assessment of an area; a later one in the same year supersedes it' })
export class AreaAssessmentEntryType {
  @Field(() => Int) sequence!: number;
  @Field(() => Int, { nullable: true, description: 'The sequence of the assessment this one superseded' }) supersedes!: number | null;
  @Field(() => MaturityLevelEnum) level!: string;
  @Field(() => Int) score!: number;
  @Field(() => MaturityLevelEnum, { nullable: true }) target!: string | null;
  @Field() evidence!: string;
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => ID, { description: 'The user who recorded it' }) assessedBy!: string;
}

@ObjectType('AreaMaturity')
export class AreaMaturityType {
  @Field() area!: string;
  @Field() theme!: string;
  @Field(() => MaturityLevelEnum) level!: string;
  @Field(() => Int, { description: 'MINIMUM = 1 ... INNOVATOR = 5' }) score!: number;
  @Field(() => MaturityLevelEnum, { nullable: true }) target!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => ID) assessedBy!: string;
  @Field(() => [AreaAssessmentEntryType], { description: 'Every assessment of the area this year, oldest first; the last is in force' }) history!: AreaAssessmentEntryType[];
  @Field(() => MaturityLevelEnum, { nullable: true, description: 'The level in force for the previous year, if it was assessed' }) previousLevel!: string | null;
  @Field(() => Int, { nullable: true, description: 'Score now minus the previous year’s; null when the previous year did not assess the area' }) movement!: number | null;
}

@ObjectType('MaturityAssessment')
export class MaturityAssessmentType {
  @Field(() => Int) year!: number;
  @Field(() => [AreaMaturityType], { description: 'The assessed areas, in catalogue order (theme, then area)' }) areas!: AreaMaturityType[];
  @Field(() => Float, { description: 'Mean of the assessed areas’ scores, one decimal (a design assumption: see overallMaturityScore); 0 when none' }) overallScore!: number;
  @Field(() => Float, { nullable: true, description: 'The previous year’s overall score; null when it has no assessment' }) previousOverallScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'overallScore minus the previous year’s; null unless both years have an assessment' }) overallMovement!: number | null;
  /** The instant the assessment was asked as at, so that previousYear answers as at the same one. */
  asOf!: Date | null;
}

@ObjectType('ActionProgress')
export class ActionProgressType {
  @Field(() => Int) percent!: number;
  @Field() note!: string;
  @Field(() => DateScalar) recordedOn!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => ID) recordedBy!: string;
}

@ObjectType('ActionPlanItem', { description: 'What an area of the maturity action plan will do by a target year, and how far it got' })
export class ActionPlanItemType {
  @Field(() => ID) id!: string;
  @Field() area!: string;
  @Field() theme!: string;
  @Field() description!: string;
  @Field(() => Int) targetYear!: number;
  @Field(() => MaturityLevelEnum, { nullable: true }) targetLevel!: string | null;
  @Field(() => Int, { description: 'The latest progress recorded, 0 when none' }) percent!: number;
  @Field(() => [ActionProgressType]) progress!: ActionProgressType[];
  @Field(() => DateScalar) addedOn!: string;
  @Field(() => Int) revision!: number;
}

@InputType('AssessMaturityInput')
export class AssessMaturityInput implements Omit<MaturityAssessmentRequest, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => Int) @IsInt() year!: number;
  @Field() @IsString() area!: string;
  @Field(() => MaturityLevelEnum) @IsIn(MATURITY_LEVELS) level!: string;
  @Field(() => MaturityLevelEnum, { nullable: true }) @IsOptional() @IsIn(MATURITY_LEVELS) target?: string | null;
  @Field() @IsString() evidence!: string;
}

@InputType('AddMaturityAreaInput')
export class AddMaturityAreaInput implements Omit<MaturityAreasCommand, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() name!: string;
  @Field({ description: MATURITY_THEMES.join(', ') }) @IsString() theme!: string;
}

@InputType('AddActionPlanItemInput')
export class AddActionPlanItemInput implements Omit<Extract<ActionPlanRequest, { type: 'AddActionPlanItem' }>, 'type' | 'itemId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() area!: string;
  @Field() @IsString() description!: string;
  @Field(() => Int) @IsInt() targetYear!: number;
  @Field(() => MaturityLevelEnum, { nullable: true }) @IsOptional() @IsIn(MATURITY_LEVELS) targetLevel?: string | null;
}

@InputType('RecordActionProgressInput')
export class RecordActionProgressInput implements Omit<Extract<ActionPlanRequest, { type: 'RecordActionProgress' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() itemId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
  @Field(() => Int) @IsInt() percent!: number;
  @Field() @IsString() note!: string;
}

@ObjectType('PackSectionCommentary', { description: 'A section of the strategy update pack with the procurement lead’s latest commentary on it' })
export class PackSectionCommentaryType {
  @Field({ description: `The section's id: ${PACK_SECTION_IDS.join(', ')}` }) section!: string;
  @Field(() => String, { nullable: true, description: 'The strategy’s section number (3.3 ... 3.10); null for the executive summary' }) number!: string | null;
  @Field({ description: 'The strategy’s heading for the section' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The latest commentary; null when none is recorded (or it was withdrawn)' }) text!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) recordedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The user who recorded it' }) recordedBy!: string | null;
}

@InputType('RecordPackCommentaryInput')
export class RecordPackCommentaryInput implements Omit<Extract<StrategyPackCommand, { type: 'RecordPackCommentary' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => Int) @IsInt() year!: number;
  @Field({ description: `One of ${PACK_SECTION_IDS.join(', ')}` }) @IsString() section!: string;
  @Field({ description: `At most ${PACK_COMMENTARY_MAX_LENGTH} characters; empty withdraws the section's commentary` }) @IsString() @MaxLength(PACK_COMMENTARY_MAX_LENGTH + 1000) text!: string;
}
