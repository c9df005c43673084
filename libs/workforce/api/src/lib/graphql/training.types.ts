import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DateScalar } from '@ledger/shared-api';
import { CourseCommand, CourseLevel, StaffMemberRequest } from '@ledger/workforce-domain';
import { CompetencyType } from './skills.types';
import { StaffMemberType } from './people.types';

export enum TrainingStatusEnum {
  PLANNED = 'PLANNED',
  BOOKED = 'BOOKED',
  ATTENDED = 'ATTENDED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  NO_SHOW = 'NO_SHOW',
  EXPIRED = 'EXPIRED',
  /** A plan or booking withdrawn before it happened, with a reason; stays on the record. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(TrainingStatusEnum, { name: 'TrainingStatus' });

@ObjectType('CourseLevel')
export class CourseLevelType {
  @Field(() => CompetencyType) competency!: CompetencyType;
  @Field(() => Int, { nullable: true, description: 'A completion with evidence raises the assessed level to this' }) raisesTo!: number | null;
}

@ObjectType('Course')
export class CourseType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() provider!: string;
  @Field(() => [CompetencyType]) competencies!: CompetencyType[];
  @Field(() => [CourseLevelType]) levels!: CourseLevelType[];
  @Field(() => Int, { nullable: true, description: 'Months a completion stays valid; null = never expires' }) validityMonths!: number | null;
}

@ObjectType('TrainingRecord')
export class TrainingRecordType {
  @Field(() => ID) id!: string;
  @Field(() => StaffMemberType) staffMember!: StaffMemberType;
  @Field(() => CourseType) course!: CourseType;
  @Field(() => TrainingStatusEnum) status!: TrainingStatusEnum;
  @Field(() => DateScalar, { nullable: true }) plannedFor!: string | null;
  @Field(() => DateScalar, { nullable: true }) completedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) expiresOn!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date of the latest plan, booking or outcome' }) lastDate!: string | null;
}

@ObjectType('PersonTrainingCount')
export class PersonTrainingCountType {
  @Field(() => StaffMemberType) staffMember!: StaffMemberType;
  @Field(() => Int, { description: 'Courses planned, booked, attended or completed this calendar year' }) courses!: number;
}

@ObjectType('TrainingDue')
export class TrainingDueType {
  @Field(() => [TrainingRecordType], { description: 'Planned or booked for a date that has passed' }) overduePlans!: TrainingRecordType[];
  @Field(() => [TrainingRecordType], { description: 'Completions expiring within the window (or already expired)' }) expiring!: TrainingRecordType[];
  @Field(() => [PersonTrainingCountType], { description: 'People below the strategy target of at least two courses each' }) belowTarget!: PersonTrainingCountType[];
  @Field(() => Int) target!: number;
}

@InputType('CourseLevelInput')
export class CourseLevelInput implements CourseLevel {
  @Field(() => ID) @IsString() competencyId!: string;
  @Field(() => Int) @IsInt() raisesTo!: number;
}

@InputType('AddCourseInput')
export class AddCourseInput implements Omit<CourseCommand, 'type' | 'courseId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() title!: string;
  @Field() @IsString() provider!: string;
  @Field(() => [ID]) @IsArray() @IsString({ each: true }) competencyIds!: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() validityMonths?: number | null;
  @Field(() => [CourseLevelInput], { nullable: true, description: 'Levels a completion with evidence proves, per competency' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => CourseLevelInput)
  levels?: CourseLevelInput[];
}

@InputType('PlanTrainingInput')
export class PlanTrainingInput implements Omit<Extract<StaffMemberRequest, { type: 'PlanTraining' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() staffMemberId!: string;
  @Field(() => ID) @IsString() courseId!: string;
  @Field(() => DateScalar) plannedFor!: string;
  @Field() @IsString() reason!: string;
}

@InputType('RecordTrainingOutcomeInput')
export class RecordTrainingOutcomeInput implements Omit<Extract<StaffMemberRequest, { type: 'RecordTrainingOutcome' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() staffMemberId!: string;
  @Field(() => ID) @IsString() courseId!: string;
  @Field(() => TrainingStatusEnum) @IsIn(Object.values(TrainingStatusEnum)) status!: TrainingStatusEnum;
  @Field(() => DateScalar) date!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() evidence?: string | null;
}

@InputType('CancelTrainingInput')
export class CancelTrainingInput implements Omit<Extract<StaffMemberRequest, { type: 'CancelTraining' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() @MaxLength(100) staffMemberId!: string;
  @Field(() => ID) @IsString() @MaxLength(100) courseId!: string;
  @Field({ description: 'Why, for the record' }) @IsString() @MaxLength(2000) reason!: string;
}
