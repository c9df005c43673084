import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@ledger/shared-api';
import { LessonsExportsController, LessonsLogExporter } from './lessons-log.export';
import { LessonCommandHandler } from './lessons.handlers';
import { LESSONS_PROJECTIONS } from './lessons.projections';
import { LessonsQueries } from './lessons-queries';
import { LessonsResolver } from './lessons.resolver';

/** Lessons learned (PRINCE2 log) and the actions that carry them into templates, guidance and training. */
@Module({
  imports: [CqrsModule],
  controllers: [LessonsExportsController],
  providers: [LessonsLogExporter, LessonsQueries, LessonCommandHandler, LessonsResolver],
  exports: [LessonsQueries, LessonsLogExporter],
})
export class LessonsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(...LESSONS_PROJECTIONS);
  }
}
