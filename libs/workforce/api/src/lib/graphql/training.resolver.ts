import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { ForbiddenError, InvalidInputError } from '@ledger/event-store-core';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { WorkforceQueries } from '../read/workforce-queries';
import { CourseCommandMessage, StaffMemberCommandMessage } from '../write/messages';
import { trainingRecordId } from '../projections';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from './roles';
import { REGISTER_PAGE_LIMITS } from '../read/register-page';
import { RegisterSliceArgs, sliceOf } from './register-slice.args';
import { AddCourseInput, CancelTrainingInput, CourseType, PlanTrainingInput, RecordTrainingOutcomeInput, TrainingDueType, TrainingRecordType } from './training.types';

@Resolver(() => TrainingRecordType)
export class TrainingResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: WorkforceQueries,
  ) {}

  @Roles(...WORKFORCE_READERS, 'STAFF')
  @Query(() => [CourseType])
  courses(@Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<CourseType[]> {
    return this.queries.courses(asOf);
  }

  @Roles(...WORKFORCE_READERS, 'STAFF')
  @Query(() => [TrainingRecordType], {
    description: `Plans and outcomes by person and course; STAFF see their own only. A page at a time: limit defaults to ${REGISTER_PAGE_LIMITS.trainingRegister.default} (at most ${REGISTER_PAGE_LIMITS.trainingRegister.max}); fewer rows than the limit means the last page. Pass asOf to walk the pages of one instant.`,
  })
  async trainingRegister(
    @CurrentActor() actor: Actor,
    @Args('staffMemberId', { type: () => ID, nullable: true }) staffMemberId?: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
    @Args() args?: RegisterSliceArgs,
  ): Promise<TrainingRecordType[]> {
    const slice = sliceOf(args, REGISTER_PAGE_LIMITS.trainingRegister);
    if (actor.roles.some((role) => WORKFORCE_READERS.includes(role))) return this.queries.trainingRegister(asOf, staffMemberId, slice);
    const own = actor.email ? await this.queries.staffMemberByEmail(actor.email) : undefined;
    if (staffMemberId && staffMemberId !== own?.id) throw new ForbiddenError('Staff can see their own training record only');
    return own ? this.queries.trainingRegister(asOf, own.id, slice) : [];
  }

  @Roles(...WORKFORCE_READERS)
  @Query(() => TrainingDueType, { description: 'Overdue plans, completions expiring within withinDays, people below the two-courses target' })
  trainingDue(
    @Args('withinDays', { type: () => Int, defaultValue: 90 }) withinDays: number,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<TrainingDueType> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3660) throw new InvalidInputError('withinDays must be from 0 to 3660', { field: 'withinDays' });
    return this.queries.trainingDue(withinDays, asOf);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => CourseType)
  async addCourse(@CurrentActor() actor: Actor, @Args('input') input: AddCourseInput): Promise<CourseType> {
    const { commandId, ...course } = input;
    const courseId = newAggregateId('course', commandId);
    await this.commands.execute(new CourseCommandMessage(courseId, { type: 'AddCourse', courseId, ...course }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.courses()).find((c) => c.id === courseId) as CourseType;
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => TrainingRecordType)
  async planTraining(@CurrentActor() actor: Actor, @Args('input') input: PlanTrainingInput): Promise<TrainingRecordType> {
    const { commandId, staffMemberId, ...plan } = input;
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'PlanTraining', ...plan }, commandMetadataFor(actor, { commandId })));
    return this.record(staffMemberId, plan.courseId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => TrainingRecordType, { description: 'Booked, attended, completed, failed or no-show; a completion with evidence raises assessed levels as the course says' })
  async recordTrainingOutcome(@CurrentActor() actor: Actor, @Args('input') input: RecordTrainingOutcomeInput): Promise<TrainingRecordType> {
    const { commandId, staffMemberId, ...outcome } = input;
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'RecordTrainingOutcome', ...outcome }, commandMetadataFor(actor, { commandId })));
    return this.record(staffMemberId, outcome.courseId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => TrainingRecordType, { description: 'Withdraws a planned or booked course before it happens (status CANCELLED, the reason kept in its history); a course with an outcome, completed above all, cannot be cancelled' })
  async cancelTraining(@CurrentActor() actor: Actor, @Args('input') input: CancelTrainingInput): Promise<TrainingRecordType> {
    const { commandId, staffMemberId, ...cancellation } = input;
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'CancelTraining', ...cancellation }, commandMetadataFor(actor, { commandId })));
    return this.record(staffMemberId, cancellation.courseId);
  }

  private async record(staffMemberId: string, courseId: string): Promise<TrainingRecordType> {
    const id = trainingRecordId(staffMemberId, courseId);
    return (await this.queries.trainingRegister(null, staffMemberId)).find((r) => r.id === id) as TrainingRecordType;
  }
}
