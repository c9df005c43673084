import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { UpcastingEventStore } from '@ledger/event-store-core';
import { ProjectionRegistry } from '@ledger/shared-api';
import { WORKFORCE_UPCASTERS } from '@ledger/workforce-domain';
import { EstablishmentResolver } from './graphql/establishment.resolver';
import { PeopleResolver } from './graphql/people.resolver';
import { SkillCellResolver, SkillsResolver } from './graphql/skills.resolver';
import { TrainingResolver } from './graphql/training.resolver';
import { WORKFORCE_PROJECTIONS } from './projections';
import { WorkforceQueries } from './read/workforce-queries';
import { WORKFORCE_COMMAND_HANDLERS } from './write/handlers';
import { WorkforceSpreadsheetsController } from './spreadsheets/spreadsheets.controller';
import { WorkforceExporter } from './spreadsheets/workforce-exporter';
import { WorkforceImporter } from './spreadsheets/workforce-importer';

/** Staffing establishment, people, skills matrix, training register (HR lead). */
@Module({
  imports: [CqrsModule],
  controllers: [WorkforceSpreadsheetsController],
  providers: [
    WorkforceQueries,
    WorkforceImporter,
    WorkforceExporter,
    ...WORKFORCE_COMMAND_HANDLERS,
    EstablishmentResolver,
    PeopleResolver,
    SkillsResolver,
    SkillCellResolver,
    TrainingResolver,
  ],
  exports: [WorkforceQueries, WorkforceImporter, WorkforceExporter],
})
export class WorkforceModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionRegistry,
    private readonly events: UpcastingEventStore,
  ) {}

  onModuleInit(): void {
    this.events.register(...WORKFORCE_UPCASTERS);
    this.projections.register(...WORKFORCE_PROJECTIONS);
  }
}
