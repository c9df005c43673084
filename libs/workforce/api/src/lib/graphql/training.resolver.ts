import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { ForbiddenError, InvalidInputError } from '@ledger/event-store-core';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { WorkforceQueries } from '../read/workforce-queries';
import { AddCourseMessage, StaffMemberCommandMessage } from '../write/messages';
import { trainingRecordId } from '../projections';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from './roles';
import { AddCourseInput, CourseType, PlanTrainingInput, RecordTrainingOutcomeInput, TrainingDueType, TrainingRecordType } from './training.types';

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
  @Query(() => [TrainingRecordType], { description: 'Plans and outcomes; STAFF see their own only' })
  async trainingRegister(
    @CurrentActor() actor: Actor,
    @Args('staffMemberId', { type: () => ID, nullable: true }) staffMemberId?: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<TrainingRecordType[]> {
    if (actor.roles.some((role) => WORKFORCE_READERS.includes(role))) return this.queries.trainingRegister(asOf, staffMemberId);
    const own = actor.email ? await this.queries.staffMemberByEmail(actor.email) : undefined;
    if (staffMemberId && staffMemberId !== own?.id) throw new ForbiddenError('Staff can see their own training record only');
    return own ? this.queries.trainingRegister(asOf, own.id) : [];
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
    const courseId = newAggregateId('course', input.commandId);
    const levels = new Map((input.levels ?? []).map((l) => [l.competencyId, l.raisesTo]));
    const unknown = [...levels.keys()].filter((id) => !input.competencyIds.includes(id));
    if (unknown.length) throw new InvalidInputError('levels may only name competencies listed in competencyIds', { field: 'levels' });
    const competencies = input.competencyIds.map((competencyId) => ({ competencyId, raisesTo: levels.get(competencyId) ?? null }));
    await this.commands.execute(
      new AddCourseMessage(
        courseId,
        { title: input.title, provider: input.provider, competencies, validityMonths: input.validityMonths ?? null },
        commandMetadataFor(actor, { commandId: input.commandId }),
      ),
    );
    return (await this.queries.courses()).find((c) => c.id === courseId) as CourseType;
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => TrainingRecordType)
  async planTraining(@CurrentActor() actor: Actor, @Args('input') input: PlanTrainingInput): Promise<TrainingRecordType> {
    await this.commands.execute(
      new StaffMemberCommandMessage(
        input.staffMemberId,
        { type: 'PlanTraining', courseId: input.courseId, plannedFor: input.plannedFor, reason: input.reason },
        commandMetadataFor(actor, { commandId: input.commandId }),
      ),
    );
    return this.record(input.staffMemberId, input.courseId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => TrainingRecordType, { description: 'Booked, attended, completed, failed or no-show; a completion with evidence raises assessed levels as the course says' })
  async recordTrainingOutcome(@CurrentActor() actor: Actor, @Args('input') input: RecordTrainingOutcomeInput): Promise<TrainingRecordType> {
    await this.commands.execute(
      new StaffMemberCommandMessage(
        input.staffMemberId,
        { type: 'RecordTrainingOutcome', courseId: input.courseId, status: input.status, date: input.date, evidence: input.evidence },
        commandMetadataFor(actor, { commandId: input.commandId }),
      ),
    );
    return this.record(input.staffMemberId, input.courseId);
  }

  private async record(staffMemberId: string, courseId: string): Promise<TrainingRecordType> {
    const id = trainingRecordId(staffMemberId, courseId);
    return (await this.queries.trainingRegister(null, staffMemberId)).find((r) => r.id === id) as TrainingRecordType;
  }
}
