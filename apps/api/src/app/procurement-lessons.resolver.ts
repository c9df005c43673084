import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProcurementType } from '@ledger/gateway-api';
import { LessonType, LessonsQueries } from '@ledger/lessons-api';

/**
 * Procurement.lessons joins two contexts, so the app composes it: the gateway context owns
 * procurements, the lessons context owns lessons, neither imports the other.
 */
@Resolver(() => ProcurementType)
export class ProcurementLessonsResolver {
  constructor(private readonly lessonsLog: LessonsQueries) {}

  @ResolveField(() => [LessonType], { description: 'Lessons learned recorded against this procurement' })
  lessons(@Parent() procurement: ProcurementType): Promise<LessonType[]> {
    return this.lessonsLog.lessons(procurement.asOf ?? null, procurement.id);
  }
}
