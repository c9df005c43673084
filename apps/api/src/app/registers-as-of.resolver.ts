import { Args, Field, GraphQLISODateTime, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidInputError } from '@ledger/domain-kernel';
import { GatewayQueries, GatewayReviewType, ProcurementType } from '@ledger/gateway-api';
import { LessonType, LessonsQueries } from '@ledger/lessons-api';
import { HeatMapCellType, RiskQueries, RiskType } from '@ledger/risk-api';
import { Roles } from '@ledger/shared-api';
import { PERMISSIONS } from '@ledger/shared-domain';
import { EstablishmentType, PostType, SkillsMatrixType, TrainingRecordType, WorkforceQueries } from '@ledger/workforce-api';

@ObjectType('RegistersSnapshot', {
  description: 'Every register as it stood at one instant',
})
export class RegistersSnapshotType {
  @Field(() => GraphQLISODateTime) asOf!: Date;
  @Field(() => EstablishmentType) establishment!: EstablishmentType;
  @Field(() => SkillsMatrixType) skillsMatrix!: SkillsMatrixType;
  @Field(() => [TrainingRecordType]) trainingRegister!: TrainingRecordType[];
  @Field(() => [ProcurementType]) procurements!: ProcurementType[];
  @Field(() => [GatewayReviewType]) gatewayLog!: GatewayReviewType[];
  @Field(() => [LessonType]) lessons!: LessonType[];
  @Field(() => [RiskType]) risks!: RiskType[];
  @Field(() => [HeatMapCellType]) riskHeatMap!: HeatMapCellType[];
}

/**
 * The auditor's whole picture on a date: every register folded as at the same instant (one fold
 * serves them all), and each register built only when the query asks for it: building every
 * register for a question about one was a fifth of a loaded API's main-thread time.
 */
@Resolver(() => RegistersSnapshotType)
export class RegistersAsOfResolver {
  constructor(
    private readonly workforce: WorkforceQueries,
    private readonly gateway: GatewayQueries,
    private readonly lessonsLog: LessonsQueries,
    private readonly riskRegister: RiskQueries,
  ) {}

  @Roles(...PERMISSIONS.audit)
  @Query(() => RegistersSnapshotType)
  registersAsOf(@Args('asOf', { type: () => GraphQLISODateTime }) asOf: Date): Pick<RegistersSnapshotType, 'asOf'> {
    // Checked here, not in the field resolvers: errors thrown there bypass the exception filter
    // that turns a ledger error into its GraphQL code.
    if (Number.isNaN(asOf.getTime()))
      throw new InvalidInputError('asOf is not a valid instant', {
        field: 'asOf',
      });
    return { asOf };
  }

  @ResolveField(() => EstablishmentType)
  async establishment(@Parent() { asOf }: RegistersSnapshotType) {
    const { presented, ...totals } = await this.workforce.establishmentWhenAsked(asOf);
    let posts: Promise<PostType[]> | undefined;
    // Read only when the query asks for the posts (GraphQL awaits the promise): their holders'
    // names are opened then, not for a query about the totals.
    return {
      ...totals,
      get posts() {
        return (posts ??= presented());
      },
    };
  }

  @ResolveField(() => SkillsMatrixType)
  skillsMatrix(@Parent() { asOf }: RegistersSnapshotType) {
    return this.workforce.skillsMatrix(asOf);
  }

  @ResolveField(() => [TrainingRecordType])
  trainingRegister(@Parent() { asOf }: RegistersSnapshotType) {
    return this.workforce.trainingRegister(asOf);
  }

  @ResolveField(() => [ProcurementType])
  procurements(@Parent() { asOf }: RegistersSnapshotType) {
    return this.gateway.procurements(asOf);
  }

  @ResolveField(() => [GatewayReviewType])
  async gatewayLog(@Parent() { asOf }: RegistersSnapshotType) {
    return (await this.gateway.gatewayLog(asOf)).map((entry) => entry.review);
  }

  @ResolveField(() => [LessonType])
  lessons(@Parent() { asOf }: RegistersSnapshotType) {
    return this.lessonsLog.lessons(asOf);
  }

  @ResolveField(() => [RiskType])
  risks(@Parent() { asOf }: RegistersSnapshotType) {
    return this.riskRegister.risks(asOf);
  }

  @ResolveField(() => [HeatMapCellType])
  riskHeatMap(@Parent() { asOf }: RegistersSnapshotType) {
    return this.riskRegister.heatMap(asOf);
  }
}
