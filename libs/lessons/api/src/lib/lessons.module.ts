import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@ledger/shared-api';
import { LessonsExportsController, LessonsLogExporter } from './exports/lessons-log.export';
import { LessonsResolver } from './graphql/lessons.resolver';
import { LESSONS_PROJECTIONS } from './projections';
import { LessonsQueries } from './read/lessons-queries';
import { LESSONS_COMMAND_HANDLERS } from './write/handlers';

/** Lessons learned (PRINCE2 log) and the actions that carry them into templates, guidance and training. */
@Module({
  imports: [CqrsModule],
  controllers: [LessonsExportsController],
  providers: [LessonsLogExporter, LessonsQueries, ...LESSONS_COMMAND_HANDLERS, LessonsResolver],
  exports: [LessonsQueries, LessonsLogExporter],
})
export class LessonsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(...LESSONS_PROJECTIONS);
  }
}
