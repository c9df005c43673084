import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SocialValueFoiExporter, SocialValueTrainingRecord, parseFoiYearParam } from '@ledger/contracts-api';
import { Roles, Sheet, parseAsOfParam, parseFormatParam, sendSpreadsheet } from '@ledger/shared-api';
import { PERMISSIONS } from '@ledger/shared-domain';
import { WorkforceQueries } from '@ledger/workforce-api';

const ABOUT_SOCIAL_VALUE = /social[\s-]+value/i;
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The seed's FOI request on social value answered from the record. The answers are the contracts
 * context's (SocialValueFoiExporter); question 9 (training) needs the workforce context's training
 * register and skills matrix, so the two are composed here, where contexts may be read together (ADR 0015).
 */
@Injectable()
export class SocialValueFoiService {
  constructor(
    private readonly exporter: SocialValueFoiExporter,
    private readonly workforce: WorkforceQueries,
  ) {}

  async sheets(year: number, asOf?: Date | null): Promise<Sheet[]> {
    return this.exporter.sheets(year, asOf, await this.training(year, asOf));
  }

  /** Courses and competencies whose name mentions social value, and the year's completions of those courses. */
  async training(year: number, asOf?: Date | null): Promise<SocialValueTrainingRecord> {
    const [competencies, courses, register] = await Promise.all([this.workforce.competencies(asOf), this.workforce.courses(asOf), this.workforce.trainingRegister(asOf)]);
    const socialValueCourses = new Set(courses.filter((c) => ABOUT_SOCIAL_VALUE.test(c.title)).map((c) => c.id));
    const completions = register.filter((r) => socialValueCourses.has(r.course.id) && (r.status === 'COMPLETED' || r.status === 'EXPIRED') && !!r.completedOn?.startsWith(`${year}-`));
    return {
      competencies: competencies.filter((c) => ABOUT_SOCIAL_VALUE.test(c.name)).map((c) => c.name).sort(text),
      courses: courses.filter((c) => socialValueCourses.has(c.id)).map((c) => c.title).sort(text),
      completionsInYear: completions.length,
      peopleTrainedInYear: new Set(completions.map((r) => r.staffMember.id)).size,
    };
  }
}

@Controller('api/contracts')
export class SocialValueFoiController {
  constructor(private readonly foi: SocialValueFoiService) {}

  /** GET /api/contracts/social-value-foi?year=2026&format=xlsx|csv&asOf=…: the FOI answers (CSV: the answers sheet only). */
  @Roles(...PERMISSIONS.readContracts)
  @Get('social-value-foi')
  async export(@Res() response: Response, @Query('year') year?: string, @Query('format') format?: string, @Query('asOf') asOf?: string): Promise<void> {
    const wanted = parseFoiYearParam(year);
    const sheetFormat = parseFormatParam(format);
    const instant = parseAsOfParam(asOf);
    await sendSpreadsheet(response, `social-value-foi-${wanted}`, await this.foi.sheets(wanted, instant), sheetFormat, instant);
  }
}
