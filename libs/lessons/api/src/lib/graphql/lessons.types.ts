import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { GATEWAYS } from '@ledger/shared-domain';
import { ACTION_TARGETS, LessonRequest, PRIORITIES } from '@ledger/lessons-domain';
import { DateScalar, GatewayEnum, StaffMemberType } from '@ledger/shared-api';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const LessonPriorityEnum = enumOf(PRIORITIES);
export const ActionTargetEnum = enumOf(ACTION_TARGETS);
registerEnumType(LessonPriorityEnum, { name: 'LessonPriority' });
registerEnumType(ActionTargetEnum, { name: 'ActionTarget', description: 'What an action changes: a template, guidance, a training course, a policy' });

@ObjectType('LessonAction')
export class LessonActionType {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => StaffMemberType, { nullable: true }) owner!: StaffMemberType | null;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => ActionTargetEnum) target!: string;
  @Field(() => String, { nullable: true, description: 'Which template, guidance or course' }) targetReference!: string | null;
  @Field() status!: string;
  @Field({ description: 'Open and past its due date (as at the query instant)' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => DateScalar, { nullable: true }) closedOn!: string | null;
}

@ObjectType('Lesson')
export class LessonType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) procurementId!: string | null;
  @Field(() => GatewayEnum, { nullable: true }) gateway!: string | null;
  @Field() title!: string;
  @Field({ description: 'What happened (PRINCE2: event)' }) whatHappened!: string;
  @Field(() => String, { nullable: true }) effect!: string | null;
  @Field(() => String, { nullable: true }) causes!: string | null;
  @Field(() => String, { nullable: true }) earlyWarningIndicators!: string | null;
  @Field() recommendation!: string;
  @Field(() => LessonPriorityEnum) priority!: string;
  @Field(() => ID) loggedBy!: string;
  @Field(() => DateScalar) loggedOn!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => [LessonActionType]) actions!: LessonActionType[];
}

@ObjectType('LessonDue')
export class LessonDueType {
  @Field(() => ID) procurementId!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the award gateway was passed' }) awardedAt!: Date;
}

/** The fields of a lesson command as sent, for its GraphQL input to implement: a field added to the command breaks the input's compile. */
type LessonFieldsOf<Type extends LessonRequest['type'], Generated extends string = never> = Omit<Extract<LessonRequest, { type: Type }>, 'type' | Generated>;

@InputType('RecordLessonInput')
export class RecordLessonInput implements LessonFieldsOf<'RecordLesson', 'lessonId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() procurementId?: string | null;
  @Field(() => GatewayEnum, { nullable: true }) @IsOptional() @IsIn(GATEWAYS) gateway?: string | null;
  @Field() @IsString() title!: string;
  @Field() @IsString() whatHappened!: string;
  @Field() @IsString() recommendation!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() effect?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() causes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() earlyWarningIndicators?: string | null;
  @Field(() => LessonPriorityEnum, { nullable: true }) @IsOptional() @IsIn(PRIORITIES) priority?: string | null;
}

@InputType('AssignLessonActionInput')
export class AssignLessonActionInput implements LessonFieldsOf<'AssignLessonAction', 'actionId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() lessonId!: string;
  @Field() @IsString() description!: string;
  @Field(() => ID) @IsString() ownerStaffMemberId!: string;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => ActionTargetEnum) @IsIn(ACTION_TARGETS) target!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() targetReference?: string | null;
}

@InputType('CloseLessonActionInput')
export class CloseLessonActionInput implements LessonFieldsOf<'CloseLessonAction'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() lessonId!: string;
  @Field(() => ID) @IsString() actionId!: string;
  @Field() @IsString() evidence!: string;
}
