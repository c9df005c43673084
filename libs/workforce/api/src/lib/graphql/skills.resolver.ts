import { Args, GraphQLISODateTime, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { WorkforceQueries } from '../read/workforce-queries';
import { CompetencyCommandMessage, StaffMemberCommandMessage } from '../write/messages';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from './roles';
import {
  AssessProficiencyInput,
  AssessmentType,
  CompetencyType,
  DefineCompetencyInput,
  SetRequirementInput,
  SkillCellType,
  SkillsMatrixOrderEnum,
  SkillsMatrixType,
  SkillsRowType,
  WorkforceFilterOptionsType,
} from './skills.types';
import { REGISTER_PAGE_LIMITS } from '../read/register-page';
import { RegisterSliceArgs, sliceOf } from './register-slice.args';

@Resolver(() => SkillsMatrixType)
export class SkillsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: WorkforceQueries,
  ) {}

  @Roles(...WORKFORCE_READERS)
  @Query(() => [CompetencyType])
  competencies(@Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<CompetencyType[]> {
    return this.queries.competencies(asOf);
  }

  @Roles(...WORKFORCE_READERS)
  @Query(() => SkillsMatrixType, {
    description: `People × competencies: latest assessed level, required level, gap. A page of people at a time: limit defaults to ${REGISTER_PAGE_LIMITS.skillsMatrix.default} (at most ${REGISTER_PAGE_LIMITS.skillsMatrix.max}); totalRows says how many match. Pass asOf to walk the pages of one instant; orderBy LARGEST_GAP orders every matching person by total gap before paging.`,
  })
  skillsMatrix(
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
    @Args('staffMemberId', { type: () => ID, nullable: true }) staffMemberId?: string,
    @Args() slice?: RegisterSliceArgs,
    @Args('orderBy', {
      type: () => SkillsMatrixOrderEnum,
      nullable: true,
      defaultValue: SkillsMatrixOrderEnum.NAME,
      description: 'The order of the people before paging (default NAME)',
    })
    orderBy?: SkillsMatrixOrderEnum | null,
  ): Promise<SkillsMatrixType> {
    return this.queries.skillsMatrix(asOf, staffMemberId, sliceOf(slice, REGISTER_PAGE_LIMITS.skillsMatrix), orderBy ?? SkillsMatrixOrderEnum.NAME);
  }

  @Roles(...WORKFORCE_READERS)
  @Query(() => [AssessmentType], { description: 'Every assessment of one skills-matrix cell (person × competency), oldest first' })
  skillCellHistory(
    @Args('staffMemberId', { type: () => ID }) staffMemberId: string,
    @Args('competencyId', { type: () => ID }) competencyId: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<AssessmentType[]> {
    return this.queries.skillCellHistory(staffMemberId, competencyId, asOf);
  }

  @Roles(...WORKFORCE_READERS)
  @Query(() => WorkforceFilterOptionsType, { description: 'The departments, job titles and competency categories the registers can be filtered by' })
  workforceFilterOptions(@Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<WorkforceFilterOptionsType> {
    return this.queries.filterOptions(asOf);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => CompetencyType)
  async defineCompetency(@CurrentActor() actor: Actor, @Args('input') input: DefineCompetencyInput): Promise<CompetencyType> {
    const { commandId, ...competency } = input;
    const competencyId = newAggregateId('competency', commandId);
    await this.commands.execute(
      new CompetencyCommandMessage(competencyId, { type: 'DefineCompetency', competencyId, ...competency }, commandMetadataFor(actor, { commandId })),
    );
    return this.competency(competencyId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => CompetencyType, { description: 'The level a job title needs in a competency' })
  async setRequirement(@CurrentActor() actor: Actor, @Args('input') input: SetRequirementInput): Promise<CompetencyType> {
    const { commandId, competencyId, ...requirement } = input;
    await this.commands.execute(
      new CompetencyCommandMessage(competencyId, { type: 'SetRequirement', ...requirement }, commandMetadataFor(actor, { commandId })),
    );
    return this.competency(competencyId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => SkillsRowType, { description: 'Records an assessed level with its evidence; the assessor is the signed-in user' })
  async assessProficiency(@CurrentActor() actor: Actor, @Args('input') input: AssessProficiencyInput): Promise<SkillsRowType> {
    const { commandId, staffMemberId, ...assessment } = input;
    await this.commands.execute(
      new StaffMemberCommandMessage(staffMemberId, { type: 'AssessProficiency', ...assessment }, commandMetadataFor(actor, { commandId })),
    );
    // Only this person's row: rebuilding the whole matrix opened everyone's personal data.
    return (await this.queries.skillsRow(staffMemberId)) as SkillsRowType;
  }

  private async competency(id: string): Promise<CompetencyType> {
    return (await this.queries.competencies()).find((c) => c.id === id) as CompetencyType;
  }
}

/** A cell's history is read only when a client asks for it, one document per cell. */
@Resolver(() => SkillCellType)
export class SkillCellResolver {
  @ResolveField(() => [AssessmentType], {
    description: 'Every assessment of this cell, oldest first (read per cell: ask for it on a few rows, or use skillCellHistory)',
  })
  history(@Parent() cell: SkillCellType): Promise<AssessmentType[]> {
    return cell.loadHistory();
  }
}
