import { Injectable } from '@nestjs/common';
import { Sheet, SheetFormat, writeTables } from '@ledger/shared-api';
import { WorkforceQueries } from '../read/workforce-queries';

export type ExportKind = 'skills-matrix' | 'training-register' | 'establishment';

/** The registers as spreadsheets: what is shown is what the queries answer, erased people included. */
@Injectable()
export class WorkforceExporter {
  constructor(private readonly queries: WorkforceQueries) {}

  async export(kind: ExportKind, format: SheetFormat, asOf?: Date | null): Promise<Buffer> {
    return writeTables(await this.sheets(kind, asOf), format);
  }

  sheets(kind: ExportKind, asOf?: Date | null): Promise<Sheet[]> {
    return kind === 'skills-matrix' ? this.skillsMatrix(asOf) : kind === 'training-register' ? this.trainingRegister(asOf) : this.establishment(asOf);
  }

  private async skillsMatrix(asOf?: Date | null): Promise<Sheet[]> {
    const matrix = await this.queries.skillsMatrix(asOf);
    const matrixSheet: Sheet = {
      name: 'Skills matrix',
      columns: ['Name', 'Email', 'Job title', 'Department', ...matrix.competencies.flatMap((c) => [`${c.name} (level)`, `${c.name} (required)`, `${c.name} (gap)`]), 'Total gap'],
      rows: matrix.rows.map((row) => [
        row.staffMember.displayName,
        row.staffMember.email,
        row.staffMember.jobTitle,
        row.staffMember.department,
        ...row.cells.flatMap((cell) => [cell.level, cell.requiredLevel, cell.gap]),
        row.totalGap,
      ]),
    };
    // The long form is the import format: the sheet can be edited and imported back.
    const assessments: Sheet = {
      name: 'Assessments',
      columns: ['Email', 'Name', 'Competency', 'Level', 'Evidence', 'Assessed on', 'Source'],
      rows: [],
    };
    // A cell's history is read per cell now (it no longer lives in the matrix rows).
    for (const row of matrix.rows) {
      for (const cell of row.cells) {
        for (const entry of await cell.loadHistory()) {
          assessments.rows.push([row.staffMember.email, row.staffMember.displayName, cell.competency.name, entry.level, entry.evidence, entry.assessedOn, entry.source]);
        }
      }
    }
    return [matrixSheet, assessments];
  }

  private async trainingRegister(asOf?: Date | null): Promise<Sheet[]> {
    const records = await this.queries.trainingRegister(asOf);
    return [
      {
        name: 'Training register',
        columns: ['Name', 'Email', 'Job title', 'Course', 'Provider', 'Status', 'Planned for', 'Completed on', 'Expires on', 'Evidence'],
        rows: records.map((r) => [
          r.staffMember.displayName,
          r.staffMember.email,
          r.staffMember.jobTitle,
          r.course.title,
          r.course.provider,
          r.status,
          r.plannedFor,
          r.completedOn,
          r.expiresOn,
          r.evidence,
        ]),
      },
    ];
  }

  private async establishment(asOf?: Date | null): Promise<Sheet[]> {
    const establishment = await this.queries.establishment(asOf);
    return [
      {
        name: 'Establishment',
        columns: ['Title', 'FTE', 'Status', 'Holder', 'Start date', 'Target year', 'Justification', 'Decision reason'],
        rows: establishment.posts.map((p) => [p.title, p.fte, p.status, p.holder?.displayName ?? null, p.startDate, p.targetYear, p.justification, p.decisionReason]),
      },
    ];
  }
}
