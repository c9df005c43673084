import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@ledger/shared-api';
import { ContractsExportsController, ContractsRegisterExporter } from './exports/contracts-register.export';
import { SocialValueFoiExporter } from './exports/social-value-foi.export';
import { ContractsResolver } from './graphql/contracts.resolver';
import { CONTRACTS_PROJECTIONS } from './projections';
import { ContractsQueries } from './read/contracts-queries';
import { OcdsReleasePackages } from './exports/ocds-release-packages';
import { CONTRACTS_COMMAND_HANDLERS } from './write/handlers';
import { ContractsImporter } from './spreadsheets/contracts-importer';
import { ContractsSpreadsheetsController } from './spreadsheets/spreadsheets.controller';

/** Contracts after award: the register, change control, performance and social value (ADR 0025). */
@Module({
  imports: [CqrsModule],
  controllers: [ContractsSpreadsheetsController, ContractsExportsController],
  providers: [ContractsQueries, ContractsRegisterExporter, SocialValueFoiExporter, OcdsReleasePackages, ContractsImporter, ...CONTRACTS_COMMAND_HANDLERS, ContractsResolver],
  exports: [ContractsQueries, ContractsRegisterExporter, SocialValueFoiExporter, OcdsReleasePackages, ContractsImporter],
})
export class ContractsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(...CONTRACTS_PROJECTIONS);
  }
}
