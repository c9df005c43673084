import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { KpiRating, ReportDue, byDueDate, kpiReportsDue, nextQuarter, quarterEnd, quarterOf, quarterStart, takesEffect } from '@ledger/contracts-domain';
import { ukDateOf } from '@ledger/shared-domain';
import { Roles, Sheet, parseAsOfParam, parseFormatParam, sendSpreadsheet } from '@ledger/shared-api';
import { ContractType } from '../graphql/contracts.types';
import { ContractsQueries } from '../read/contracts-queries';
import { supplierCells } from './social-value-foi.export';
import { CONTRACTS_READERS } from '../graphql/roles';

/** The columns that say which contract a row of another sheet belongs to: lots of one procurement share its title. */
const CONTRACT_COLUMNS = ['Contract reference', 'Title', 'Supplier'];
const contractCells = (c: ContractType) => [c.id, c.title, c.supplierName];

const round2 = (amount: number) => Math.round(amount * 100) / 100;
const sumOf = (amounts: readonly number[]) => round2(amounts.reduce((sum, amount) => sum + amount, 0));

/**
 * The contracts register as a spreadsheet, as the record stood at an instant: one row per contract
 * (the first sheet, and the CSV), then its variations, KPI reports (those due and not made too),
 * social value commitments and deliveries, and savings and benefits. The register's columns carry
 * the headers the contracts register import reads (ContractsImporter), so the CSV imports back as
 * the same contracts, nothing to record. Contract managers appear by name only, as the contracts
 * queries show them to every contract reader; emails, which the API shows only to HR, administrators
 * and auditors, are left out, and an erased person shows as erased.
 */
@Injectable()
export class ContractsRegisterExporter {
  constructor(private readonly queries: ContractsQueries) {}

  async sheets(asOf?: Date | null): Promise<Sheet[]> {
    const contracts = await this.queries.contracts(asOf);
    // The day the register is read at (UK calendar): what is due and overdue is judged on it.
    const today = ukDateOf(asOf ?? new Date());
    return [
      {
        name: 'Contracts register',
        columns: [
          ...CONTRACT_COLUMNS,
          'Procurement reference',
          'Company number',
          'Supplier postcode',
          'SME',
          'VCSE',
          'Awarded on',
          'Awarded value (GBP)',
          'Approved variations (GBP)',
          'Variations awaiting approval (GBP)',
          'Current value (GBP)',
          'Start date',
          'End date',
          'Extension months available',
          'Notice period (days)',
          'Status',
          'Closed on',
          'Closure reason',
          'Social value weighting (%)',
          'Committed social value (GBP)',
          'Delivered social value (GBP)',
          'Social value under-delivered',
          'Contract managers',
          'Next KPI report due',
          'KPI reports overdue',
        ],
        rows: contracts.map((c) => {
          const outstanding = kpiReportsDue(reportingTermOf(c), today);
          return [
            ...contractCells(c),
            c.procurementId,
            ...supplierCells(c),
            c.awardedOn,
            c.awardedValue,
            sumOf(c.variations.filter((v) => takesEffect(v.status)).map((v) => v.valueChange)),
            sumOf(c.variations.filter((v) => v.status === 'PENDING').map((v) => v.valueChange)),
            c.currentValue,
            c.startDate,
            c.endDate,
            c.extensionMonthsAvailable,
            c.noticePeriodDays,
            c.status,
            c.closedOn,
            c.closeReason,
            c.socialValueWeightingPercent,
            c.committedSocialValue,
            c.deliveredSocialValue,
            c.socialValueUnderDelivered ? 'yes' : 'no',
            c.managers.map((m) => m.displayName).join('; '),
            nextKpiReportDue(c, outstanding, today)?.dueOn ?? null,
            outstanding.filter((r) => r.overdue).length,
          ];
        }),
      },
      {
        name: 'Variations',
        columns: [
          ...CONTRACT_COLUMNS,
          'Variation',
          'Reason',
          'Value change (GBP)',
          'Status',
          'Approval needed because',
          'Variation policy version',
          'Recorded at',
          'Recorded by (user id)',
          'Decided at',
          'Decided by (user id)',
          'Decision note',
        ],
        rows: contracts.flatMap((c) =>
          c.variations.map((v) => [
            ...contractCells(c),
            v.description,
            v.reason,
            v.valueChange,
            v.status,
            v.approvalRequiredBecause,
            v.policyVersion,
            v.recordedAt.toISOString(),
            v.recordedBy,
            v.decidedAt?.toISOString() ?? null,
            v.decidedBy,
            v.decisionNote,
          ]),
        ),
      },
      {
        name: 'KPI reports',
        columns: [...CONTRACT_COLUMNS, 'KPI', 'Target', 'Quarter', 'Due on', 'Report', 'Rating', 'Note', 'Reported at', 'Reported by (user id)', 'Correction reason'],
        rows: contracts.flatMap((c) => {
          const outstanding = kpiReportsDue(reportingTermOf(c), today);
          return c.kpis.flatMap((k) => {
            const made = k.reports.map((r) => ({ period: r.period, row: [r.correctionReason ? 'corrected' : 'made', r.rating, r.note, r.reportedAt.toISOString(), r.reportedBy, r.correctionReason] }));
            const missing = outstanding
              .filter((due) => due.subjectId === k.id)
              .map((due) => ({ period: due.period, row: [due.overdue ? 'overdue' : 'due', null, null, null, null, null] }));
            return [...made, ...missing]
              .sort((a, b) => a.period.localeCompare(b.period))
              .map(({ period, row }) => [...contractCells(c), k.name, k.target, period, quarterEnd(period), ...row]);
          });
        }),
      },
      {
        name: 'Social value commitments',
        columns: [
          ...CONTRACT_COLUMNS,
          'Theme',
          'Outcome',
          'Unit',
          'Proxy value per unit (GBP)',
          'First quarter',
          'Committed quantity',
          'Delivered quantity',
          'Expected to date (quantity)',
          'Committed value (GBP)',
          'Delivered value (GBP)',
          'Under-delivered',
        ],
        rows: contracts.flatMap((c) =>
          c.socialValueCommitments.map((s) => [
            ...contractCells(c),
            s.measure.theme,
            s.measure.outcome,
            s.measure.unit,
            s.measure.proxyValuePerUnit,
            s.firstPeriod,
            s.committedQuantity,
            s.deliveredQuantity,
            round2(s.expectedToDateQuantity),
            s.committedValue,
            s.deliveredValue,
            s.underDelivered ? 'yes' : 'no',
          ]),
        ),
      },
      {
        name: 'Social value deliveries',
        columns: [...CONTRACT_COLUMNS, 'Outcome', 'Unit', 'Quarter', 'Quantity', 'Evidence', 'Reported at', 'Reported by (user id)', 'Correction reason'],
        rows: contracts.flatMap((c) =>
          c.socialValueCommitments.flatMap((s) =>
            s.deliveries.map((d) => [...contractCells(c), s.measure.outcome, s.measure.unit, d.period, d.quantity, d.evidence, d.reportedAt.toISOString(), d.reportedBy, d.correctionReason]),
          ),
        ),
      },
      {
        name: 'Savings and benefits',
        columns: [...CONTRACT_COLUMNS, 'Kind', 'Stage', 'Amount (GBP)', 'Quarter'],
        rows: contracts.flatMap((c) => c.savings.map((s) => [...contractCells(c), s.kind, s.stage, s.amount, s.period])),
      },
    ];
  }
}

/** The contract as the reporting rules read it (the domain's shape, from the query's answer). */
function reportingTermOf(c: ContractType): Parameters<typeof kpiReportsDue>[0] {
  return {
    status: c.status,
    startDate: c.startDate,
    endDate: c.endDate,
    closedOn: c.closedOn,
    kpis: c.kpis.map((k) => ({
      kpiId: k.id,
      name: k.name,
      target: k.target,
      firstPeriod: k.firstPeriod,
      reports: Object.fromEntries(k.reports.map((r) => [r.period, { rating: r.rating as KpiRating, note: r.note }])),
    })),
  };
}

/**
 * The KPI report due soonest: the oldest not made (overdue first), or, when every report due so
 * far is in, the next quarter's, if the contract still runs then. Null without KPIs or once closed.
 */
function nextKpiReportDue(c: ContractType, outstanding: readonly ReportDue[], today: string): ReportDue | null {
  if (outstanding.length) return [...outstanding].sort(byDueDate)[0];
  const following = nextQuarter(quarterOf(today));
  return kpiReportsDue(reportingTermOf(c), quarterStart(following)).filter((r) => r.period === following).sort(byDueDate)[0] ?? null;
}

@Controller('api/contracts')
export class ContractsExportsController {
  constructor(private readonly exporter: ContractsRegisterExporter) {}

  /** GET /api/contracts/exports/contracts-register?format=xlsx|csv&asOf=… */
  @Roles(...CONTRACTS_READERS)
  @Get('exports/contracts-register')
  async export(@Res() response: Response, @Query('format') format?: string, @Query('asOf') asOf?: string): Promise<void> {
    const instant = parseAsOfParam(asOf);
    await sendSpreadsheet(response, 'contracts-register', await this.exporter.sheets(instant), parseFormatParam(format), instant);
  }
}
