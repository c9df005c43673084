import { Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { InvalidInputError } from '@ledger/event-store-core';
import {
  Actor,
  CurrentActor,
  IMPORT_UPLOAD_LIMITS,
  Roles,
  UploadedSpreadsheet,
  importStatus,
  isDryRun,
  parseAsOfParam,
  parseFormatParam,
  readUploadedTable,
  sendSpreadsheet,
} from '@ledger/shared-api';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from '../graphql/roles';
import { ExportKind, WorkforceExporter } from './workforce-exporter';
import { ImportKind, ImportReport, WorkforceImporter } from './workforce-importer';

const EXPORTS: ExportKind[] = ['skills-matrix', 'training-register', 'establishment'];
const IMPORTS: ImportKind[] = ['skills-matrix', 'training-records'];

/**
 * Spreadsheets over authenticated HTTP:
 *   GET  /api/workforce/exports/{skills-matrix|training-register|establishment}?format=xlsx|csv&asOf=…
 *   POST /api/workforce/imports/{skills-matrix|training-records}?dryRun=true   (multipart field "file")
 */
@Controller('api/workforce')
export class WorkforceSpreadsheetsController {
  constructor(
    private readonly exporter: WorkforceExporter,
    private readonly importer: WorkforceImporter,
  ) {}

  @Roles(...WORKFORCE_READERS)
  @Get('exports/:kind')
  async export(@Param('kind') kind: string, @Res() response: Response, @Query('format') format?: string, @Query('asOf') asOf?: string): Promise<void> {
    if (!EXPORTS.includes(kind as ExportKind)) throw new InvalidInputError(`Unknown export "${kind}"; choose ${EXPORTS.join(', ')}`);
    const instant = parseAsOfParam(asOf);
    await sendSpreadsheet(response, kind, await this.exporter.sheets(kind as ExportKind, instant), parseFormatParam(format), instant);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Post('imports/:kind')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: IMPORT_UPLOAD_LIMITS }))
  async import(
    @CurrentActor() actor: Actor,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) response: Response,
    @UploadedFile() file?: UploadedSpreadsheet,
    @Query('dryRun') dryRun?: string,
  ): Promise<ImportReport> {
    if (!IMPORTS.includes(kind as ImportKind)) throw new InvalidInputError(`Unknown import "${kind}"; choose ${IMPORTS.join(', ')}`);
    const { content, rows } = await readUploadedTable(file);
    const report = await this.importer.import(kind as ImportKind, content, rows, actor, { dryRun: isDryRun(dryRun) });
    // Nothing was written when a row was refused: 422 tells a script so; a dry run just reports.
    response.status(importStatus(report));
    return report;
  }
}
