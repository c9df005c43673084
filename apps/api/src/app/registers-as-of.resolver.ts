import { Args, Field, GraphQLISODateTime, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GatewayQueries, GatewayReviewType, ProcurementType } from '@ledger/gateway-api';
import { LessonType, LessonsQueries } from '@ledger/lessons-api';
import { HeatMapCellType, RiskQueries, RiskType } from '@ledger/risk-api';
import { Roles } from '@ledger/shared-api';
import { PERMISSIONS } from '@ledger/shared-domain';
import { EstablishmentType, SkillsMatrixType, TrainingRecordType, WorkforceQueries } from '@ledger/workforce-api';

@ObjectType('RegistersSnapshot', { description: 'Every register as it stood at one instant' })
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

/** The auditor's whole picture on a date: one call, every register folded as at the same instant. */
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
  async registersAsOf(@Args('asOf', { type: () => GraphQLISODateTime }) asOf: Date): Promise<RegistersSnapshotType> {
    const [establishment, skillsMatrix, trainingRegister, procurements, gatewayLog, lessons, risks, riskHeatMap] = await Promise.all([
      this.workforce.establishment(asOf),
      this.workforce.skillsMatrix(asOf),
      this.workforce.trainingRegister(asOf),
      this.gateway.procurements(asOf),
      this.gateway.gatewayLog(asOf).then((log) => log.map((entry) => entry.review)),
      this.lessonsLog.lessons(asOf),
      this.riskRegister.risks(asOf),
      this.riskRegister.heatMap(asOf),
    ]);
    return { asOf, establishment, skillsMatrix, trainingRegister, procurements, gatewayLog, lessons, risks, riskHeatMap };
  }
}
