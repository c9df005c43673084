import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles, Sheet, parseAsOfParam, parseFormatParam, sendSpreadsheet } from '@ledger/shared-api';
import { LessonsQueries } from '../read/lessons-queries';
import { LESSON_READERS } from '../graphql/roles';

/** The lessons log (PRINCE2 fields) and its actions as a spreadsheet. */
@Injectable()
export class LessonsLogExporter {
  constructor(private readonly queries: LessonsQueries) {}

  async sheets(asOf?: Date | null): Promise<Sheet[]> {
    const lessons = await this.queries.lessons(asOf);
    return [
      {
        name: 'Lessons log',
        columns: ['Title', 'Priority', 'Logged on', 'Logged by', 'Procurement', 'Gateway', 'Event (what happened)', 'Effect', 'Causes', 'Early-warning indicators', 'Recommendation', 'Open actions', 'Closed actions'],
        rows: lessons.map((l) => [
          l.title,
          l.priority,
          l.loggedOn,
          l.loggedBy,
          l.procurementId,
          l.gateway,
          l.whatHappened,
          l.effect,
          l.causes,
          l.earlyWarningIndicators,
          l.recommendation,
          l.actions.filter((a) => a.status === 'OPEN').length,
          l.actions.filter((a) => a.status === 'CLOSED').length,
        ]),
      },
      {
        name: 'Actions',
        columns: ['Lesson', 'Action', 'Owner', 'Due', 'Target', 'Reference', 'Status', 'Overdue', 'Evidence', 'Closed on'],
        rows: lessons.flatMap((l) =>
          l.actions.map((a) => [l.title, a.description, a.owner?.displayName ?? null, a.dueDate, a.target, a.targetReference, a.status, a.overdue ? 'yes' : 'no', a.evidence, a.closedOn]),
        ),
      },
    ];
  }
}

@Controller('api/lessons')
export class LessonsExportsController {
  constructor(private readonly exporter: LessonsLogExporter) {}

  /** GET /api/lessons/exports/lessons-log?format=xlsx|csv&asOf=… */
  @Roles(...LESSON_READERS)
  @Get('exports/lessons-log')
  async export(@Res() response: Response, @Query('format') format?: string, @Query('asOf') asOf?: string): Promise<void> {
    const instant = parseAsOfParam(asOf);
    await sendSpreadsheet(response, 'lessons-log', await this.exporter.sheets(instant), parseFormatParam(format), instant);
  }
}
