import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles, Sheet, parseAsOfParam, parseFormatParam, sendSpreadsheet } from '@ledger/shared-api';
import { GatewayQueries } from '../read/gateway-queries';
import { GATEWAY_READERS } from '../graphql/roles';

/** The gateway log as a spreadsheet: one row per decision in force, with who, why and on what basis. */
@Injectable()
export class GatewayLogExporter {
  constructor(private readonly queries: GatewayQueries) {}

  async sheets(asOf?: Date | null): Promise<Sheet[]> {
    const log = await this.queries.gatewayLog(asOf);
    return [
      {
        name: 'Gateway log',
        columns: ['Procurement', 'Estimated value (GBP)', 'Risk', 'Political interest', 'Policy version', 'Gateway', 'Outcome', 'Conditions', 'Rationale', 'Decided by', 'Recorded by', 'Decided at', 'Log position at decision', 'Basis changed since', 'Correction reason'],
        rows: log.map(({ procurement, review }) => [
          procurement.title,
          procurement.estimatedValue,
          procurement.riskLevel,
          procurement.politicalInterest ? 'yes' : 'no',
          procurement.policyVersion,
          review.gateway,
          review.outcome,
          review.conditionStatus.map((c) => `${c.text}${c.discharged ? ' (discharged)' : ''}`).join('; '),
          review.rationale,
          review.decidedBy.map((p) => p.displayName).join('; '),
          review.recordedBy,
          review.decidedAt?.toISOString() ?? null,
          review.basisPosition,
          review.basisChanged ? 'yes' : 'no',
          review.correctionReason,
        ]),
      },
    ];
  }
}

@Controller('api/gateway')
export class GatewayExportsController {
  constructor(private readonly exporter: GatewayLogExporter) {}

  /** GET /api/gateway/exports/gateway-log?format=xlsx|csv&asOf=… */
  @Roles(...GATEWAY_READERS)
  @Get('exports/gateway-log')
  async export(@Res() response: Response, @Query('format') format?: string, @Query('asOf') asOf?: string): Promise<void> {
    const instant = parseAsOfParam(asOf);
    await sendSpreadsheet(response, 'gateway-log', await this.exporter.sheets(instant), parseFormatParam(format), instant);
  }
}
