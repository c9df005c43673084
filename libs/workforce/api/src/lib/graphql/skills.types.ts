import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar } from '@ledger/shared-api';
import { CompetencyRequest, StaffMemberRequest } from '@ledger/workforce-domain';
import { StaffMemberType } from './people.types';

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
  @Field(() => [AssessmentType], { description: 'Every assessment of this cell, oldest first' }) history!: AssessmentType[];
}

@ObjectType('SkillsRow')
export class SkillsRowType {
  @Field(() => StaffMemberType) staffMember!: StaffMemberType;
  @Field(() => [SkillCellType]) cells!: SkillCellType[];
  @Field(() => Int, { description: 'Sum of the gaps in this row' }) totalGap!: number;
}

@ObjectType('SkillsMatrix')
export class SkillsMatrixType {
  @Field(() => [CompetencyType]) competencies!: CompetencyType[];
  @Field(() => [SkillsRowType]) rows!: SkillsRowType[];
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
