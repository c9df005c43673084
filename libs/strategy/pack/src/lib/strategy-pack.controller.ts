import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidInputError, LedgerError } from '@ledger/event-store-core';
import { Roles } from '@ledger/shared-api';
import { STRATEGY_READERS } from '@ledger/strategy-api';
import { PACK_FORMATS, packFileName, packFormatOfExtension } from './pack-formats';
import { StrategyPackService } from './strategy-pack.service';

/** The content rebuilt at the recorded position no longer hashes as recorded (the rendering code changed). */
export class PackContentChangedError extends LedgerError {
  readonly code = 'CONFLICT' as const;
}

const FILE = /^([0-9a-f]{64})\.([a-z]+)$/;

@Controller('api/strategy/packs')
export class StrategyPackDownloadsController {
  constructor(private readonly packs: StrategyPackService) {}

  /** GET /api/strategy/packs/2025/<sha256>.md|html|xlsx|docx|pdf: a recorded pack, rebuilt from the log. */
  @Roles(...STRATEGY_READERS)
  @Get(':year/:file')
  async download(@Res() response: Response, @Param('year') yearParam: string, @Param('file') file: string): Promise<void> {
    const year = Number(yearParam);
    if (!/^\d{4}$/.test(yearParam)) throw new InvalidInputError('year must be written with four digits', { field: 'year' });
    const [, sha256, extension] = FILE.exec(file) ?? [];
    const format = extension ? packFormatOfExtension(extension) : undefined;
    if (!sha256 || !format) {
      throw new InvalidInputError(`Ask for <sha256>.<${Object.values(PACK_FORMATS).map((f) => f.extension).join('|')}>`, { field: 'file' });
    }
    const pack = await this.packs.bySha256(year, sha256);
    if (!pack.verified) {
      throw new PackContentChangedError(`Pack ${sha256} rebuilt at position ${pack.record.position} now hashes to ${pack.built.sha256}: the pack rendering changed since it was generated; generate the pack again`);
    }
    response
      .status(200)
      .setHeader('Content-Type', PACK_FORMATS[format].contentType)
      .setHeader('Content-Disposition', `attachment; filename="${packFileName(year, sha256, format)}"`)
      .setHeader('X-Pack-Sha256', sha256)
      .setHeader('X-Log-Position', pack.record.position)
      .send(await PACK_FORMATS[format].render(pack.built));
  }
}
