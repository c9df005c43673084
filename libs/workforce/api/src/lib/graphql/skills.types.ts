import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar } from '@ledger/shared-api';
import { CompetencyRequest, StaffMemberRequest } from '@ledger/workforce-domain';
import { StaffMemberType } from './people.types';

/** How the skills matrix orders its people before paging (the values of SkillsMatrixOrder in read/workforce-queries.ts). */
export enum SkillsMatrixOrderEnum {
  NAME = 'NAME',
  LARGEST_GAP = 'LARGEST_GAP',
}
registerEnumType(SkillsMatrixOrderEnum, {
  name: 'SkillsMatrixOrder',
  description: 'How the skills matrix orders its people before paging',
  valuesMap: {
    NAME: { description: 'By name (erased people last)' },
    LARGEST_GAP: { description: 'Largest total gap first, over every matching person; ties by name (erased people last)' },
  },
});

@ObjectType('JobRequirement')
export class JobRequirementType {
  @Field() jobTitle!: string;
  @Field(() => Int) requiredLevel!: number;
}

@ObjectType('Competency')
export class CompetencyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() category!: string;
  @Field(() => [String], { description: 'Descriptors for proficiency levels 0 (none) to 4 (expert)' }) levelDescriptors!: string[];
  @Field(() => [JobRequirementType], { description: 'The level each job title needs' }) requirements!: JobRequirementType[];
}

@ObjectType('Assessment')
export class AssessmentType {
  @Field(() => Int) level!: number;
  @Field() evidence!: string;
  @Field(() => ID, { description: 'The user who assessed (or recorded the course completion)' }) assessedBy!: string;
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field({ description: 'ASSESSMENT by a person, or TRAINING: raised by a completed course with evidence' }) source!: string;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
}

@ObjectType('SkillCell')
export class SkillCellType {
  @Field(() => CompetencyType) competency!: CompetencyType;
  @Field(() => Int, { description: 'Latest assessed level (0 when never assessed)' }) level!: number;
  @Field(() => Int, { description: 'Level the person’s job title requires (0 when none)' }) requiredLevel!: number;
  @Field(() => Int, { description: 'requiredLevel - level, never below 0' }) gap!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) assessedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'Who made the latest assessment' }) assessedBy!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date of the latest assessment' }) assessedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ASSESSMENT or TRAINING: what the latest level rests on' }) source!: string | null;
  @Field(() => Int, { description: 'How many times this cell was assessed (its history has that many entries)' }) assessments!: number;
  /** Every assessment of this cell, oldest first, read when asked (the `history` field resolves it). */
  loadHistory!: () => Promise<AssessmentType[]>;
}

@ObjectType('SkillsRow')
export class SkillsRowType {
  @Field(() => StaffMemberType) staffMember!: StaffMemberType;
  @Field(() => [SkillCellType]) cells!: SkillCellType[];
  @Field(() => Int, { description: 'Sum of the gaps in this row' }) totalGap!: number;
}

@ObjectType('SkillsMatrix')
export class SkillsMatrixType {
  @Field(() => [CompetencyType], { description: 'The columns: every competency, or those of the competencyCategory asked for' })
  competencies!: CompetencyType[];
  @Field(() => [SkillsRowType], { description: 'One page of people (offset, limit), in the order of the register' }) rows!: SkillsRowType[];
  @Field(() => Int, { description: 'People matching the filters, over every page' }) totalRows!: number;
  @Field(() => Int, { description: 'Rows skipped before this page' }) offset!: number;
  @Field(() => Int, { description: 'The most rows this page could hold' }) limit!: number;
}

@ObjectType('WorkforceFilterOptions')
export class WorkforceFilterOptionsType {
  @Field(() => [String], { description: 'Departments of the people on the registers' }) departments!: string[];
  @Field(() => [String], { description: 'Job titles of the people on the registers' }) jobTitles!: string[];
  @Field(() => [String], { description: 'Categories of the competency framework' }) competencyCategories!: string[];
}

@InputType('DefineCompetencyInput')
export class DefineCompetencyInput implements Omit<Extract<CompetencyRequest, { type: 'DefineCompetency' }>, 'type' | 'competencyId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() name!: string;
  @Field() @IsString() category!: string;
  @Field(() => [String]) @IsArray() @IsString({ each: true }) levelDescriptors!: string[];
}

@InputType('SetRequirementInput')
export class SetRequirementInput implements Omit<Extract<CompetencyRequest, { type: 'SetRequirement' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() jobTitle!: string;
  @Field(() => ID) @IsString() competencyId!: string;
  @Field(() => Int) @IsInt() requiredLevel!: number;
}

@InputType('AssessProficiencyInput')
export class AssessProficiencyInput implements Omit<Extract<StaffMemberRequest, { type: 'AssessProficiency' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() staffMemberId!: string;
  @Field(() => ID) @IsString() competencyId!: string;
  @Field(() => Int) @IsInt() level!: number;
  @Field() @IsString() evidence!: string;
}
