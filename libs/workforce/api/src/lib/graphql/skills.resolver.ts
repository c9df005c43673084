import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { WorkforceQueries } from '../read/workforce-queries';
import { CompetencyCommandMessage, StaffMemberCommandMessage } from '../write/messages';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from './roles';
import { AssessProficiencyInput, CompetencyType, DefineCompetencyInput, SetRequirementInput, SkillsMatrixType, SkillsRowType } from './skills.types';

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
  @Query(() => SkillsMatrixType, { description: 'People × competencies: latest assessed level, required level, gap, history' })
  skillsMatrix(
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
    @Args('staffMemberId', { type: () => ID, nullable: true }) staffMemberId?: string,
  ): Promise<SkillsMatrixType> {
    return this.queries.skillsMatrix(asOf, staffMemberId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => CompetencyType)
  async defineCompetency(@CurrentActor() actor: Actor, @Args('input') input: DefineCompetencyInput): Promise<CompetencyType> {
    const { commandId, ...competency } = input;
    const competencyId = newAggregateId('competency', commandId);
    await this.commands.execute(new CompetencyCommandMessage(competencyId, { type: 'DefineCompetency', competencyId, ...competency }, commandMetadataFor(actor, { commandId })));
    return this.competency(competencyId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => CompetencyType, { description: 'The level a job title needs in a competency' })
  async setRequirement(@CurrentActor() actor: Actor, @Args('input') input: SetRequirementInput): Promise<CompetencyType> {
    const { commandId, competencyId, ...requirement } = input;
    await this.commands.execute(new CompetencyCommandMessage(competencyId, { type: 'SetRequirement', ...requirement }, commandMetadataFor(actor, { commandId })));
    return this.competency(competencyId);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => SkillsRowType, { description: 'Records an assessed level with its evidence; the assessor is the signed-in user' })
  async assessProficiency(@CurrentActor() actor: Actor, @Args('input') input: AssessProficiencyInput): Promise<SkillsRowType> {
    const { commandId, staffMemberId, ...assessment } = input;
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'AssessProficiency', ...assessment }, commandMetadataFor(actor, { commandId })));
    // Only this person's row: rebuilding the whole matrix opened everyone's personal data.
    return (await this.queries.skillsRow(staffMemberId)) as SkillsRowType;
  }

  private async competency(id: string): Promise<CompetencyType> {
    return (await this.queries.competencies()).find((c) => c.id === id) as CompetencyType;
  }
}
