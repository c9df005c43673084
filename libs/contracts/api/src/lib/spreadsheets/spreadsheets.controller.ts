import { Controller, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Actor, CurrentActor, IMPORT_UPLOAD_LIMITS, Roles, UploadedSpreadsheet, importStatus, isDryRun, readUploadedTable } from '@ledger/shared-api';
import { CONTRACTS_KEEPERS } from '../graphql/roles';
import { ContractsImportReport, ContractsImporter } from './contracts-importer';

/**
 * The contracts register import over authenticated HTTP, beside the workforce's imports and with
 * their shape (a dry run first, 422 when rows were refused and nothing written, 413 beyond the limits):
 *   POST /api/contracts/imports/contracts-register?dryRun=true   (multipart field "file", CSV or XLSX)
 * Only the roles that may award contracts may import them.
 */
@Controller('api/contracts')
export class ContractsSpreadsheetsController {
  constructor(private readonly importer: ContractsImporter) {}

  @Roles(...CONTRACTS_KEEPERS)
  @Post('imports/contracts-register')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: IMPORT_UPLOAD_LIMITS }))
  async import(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @UploadedFile() file?: UploadedSpreadsheet,
    @Query('dryRun') dryRun?: string,
  ): Promise<ContractsImportReport> {
    const { content, rows } = await readUploadedTable(file);
    const report = await this.importer.import(content, rows, actor, { dryRun: isDryRun(dryRun) });
    response.status(importStatus(report));
    return report;
  }
}
