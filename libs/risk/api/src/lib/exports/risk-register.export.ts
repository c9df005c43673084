import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles, Sheet, parseAsOfParam, parseFormatParam, sendSpreadsheet } from '@ledger/shared-api';
import { RiskQueries } from '../read/risk-queries';
import { RISK_READERS } from '../graphql/roles';

/** The strategic risk register and every risk's score history as a spreadsheet. */
@Injectable()
export class RiskRegisterExporter {
  constructor(private readonly queries: RiskQueries) {}

  async sheets(asOf?: Date | null): Promise<Sheet[]> {
    const risks = await this.queries.risks(asOf);
    return [
      {
        name: 'Risk register',
        columns: ['Title', 'Category', 'Owner', 'Inherent likelihood', 'Inherent impact', 'Inherent score', 'Residual likelihood', 'Residual impact', 'Residual score', 'Appetite', 'Treatment', 'Controls', 'Review every (months)', 'Next review due', 'Overdue', 'Status', 'Closed on', 'Close reason'],
        rows: risks.map((r) => [
          r.title,
          r.category,
          r.owner,
          r.inherentLikelihood,
          r.inherentImpact,
          r.inherentScore,
          r.likelihood,
          r.impact,
          r.score,
          r.appetite,
          r.treatment,
          r.controls.join('; '),
          r.reviewEveryMonths,
          r.nextReviewDue,
          r.overdue ? 'yes' : 'no',
          r.status,
          r.closedOn,
          r.closeReason,
        ]),
      },
      {
        name: 'Score history',
        columns: ['Risk', 'Recorded at', 'Likelihood', 'Impact', 'Score', 'Notes', 'By'],
        rows: risks.flatMap((r) => r.scoreHistory.map((h) => [r.title, h.reviewedAt.toISOString(), h.likelihood, h.impact, h.score, h.notes, h.reviewedBy])),
      },
    ];
  }
}

@Controller('api/risks')
export class RiskExportsController {
  constructor(private readonly exporter: RiskRegisterExporter) {}

  /** GET /api/risks/exports/risk-register?format=xlsx|csv&asOf=… */
  @Roles(...RISK_READERS)
  @Get('exports/risk-register')
  async export(@Res() response: Response, @Query('format') format?: string, @Query('asOf') asOf?: string): Promise<void> {
    const instant = parseAsOfParam(asOf);
    await sendSpreadsheet(response, 'risk-register', await this.exporter.sheets(instant), parseFormatParam(format), instant);
  }
}
