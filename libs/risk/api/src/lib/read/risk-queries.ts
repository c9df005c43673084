import { Injectable } from '@nestjs/common';
import { ReadModelReader, memoised } from '@ledger/event-store-core';
import { ReadSide } from '@ledger/shared-api';
import { ukDateOf } from '@ledger/shared-domain';
import { RISKS, RISK_PROJECTIONS, RiskDoc, ScoreEntry } from '../projections';
import { HeatMapCellType, RiskReviewType, RiskType } from '../graphql/risk.types';

const NAMES = RISK_PROJECTIONS.map((p) => p.name);

const entry = (e: ScoreEntry): RiskReviewType => ({ reviewedAt: new Date(e.recordedAt), likelihood: e.likelihood, impact: e.impact, score: e.score, notes: e.notes, reviewedBy: e.by });

/**
 * One line of the register. Its review history is built only when a query asks for it (a
 * long-reviewed risk's history was most of the cost of a register that shows one line per risk):
 * getters on the class, so that keeping the row (deep-frozen, by its enumerable fields) builds none.
 */
class RiskRow implements RiskType {
  readonly #doc: RiskDoc;
  id: string;
  title: string;
  category: string;
  owner: string | null;
  likelihood: number;
  impact: number;
  score: number;
  inherentLikelihood: number;
  inherentImpact: number;
  inherentScore: number;
  appetite: string;
  treatment: string;
  controls: string[];
  reviewEveryMonths: number;
  nextReviewDue: string;
  overdue: boolean;
  status: RiskType['status'];
  closedOn: string | null;
  closeReason: string | null;
  revision: number;

  constructor(doc: RiskDoc, today: string) {
    this.#doc = doc;
    this.id = doc.id;
    this.title = doc.title;
    this.category = doc.category;
    this.owner = doc.owner;
    this.likelihood = doc.residual.likelihood;
    this.impact = doc.residual.impact;
    this.score = doc.residual.likelihood * doc.residual.impact;
    this.inherentLikelihood = doc.inherent.likelihood;
    this.inherentImpact = doc.inherent.impact;
    this.inherentScore = doc.inherent.likelihood * doc.inherent.impact;
    this.appetite = doc.appetite;
    this.treatment = doc.treatment;
    this.controls = doc.controls;
    this.reviewEveryMonths = doc.reviewEveryMonths;
    this.nextReviewDue = doc.nextReviewDue;
    this.overdue = !doc.closed && doc.nextReviewDue < today;
    this.status = doc.closed ? 'CLOSED' : 'OPEN';
    this.closedOn = doc.closed?.on ?? null;
    this.closeReason = doc.closed?.reason ?? null;
    this.revision = doc.revision;
  }

  get reviews(): RiskReviewType[] {
    return this.#doc.history.filter((e) => e.kind === 'REVIEWED').map(entry);
  }

  get scoreHistory(): RiskReviewType[] {
    return this.#doc.history.map(entry);
  }
}

/** The strategic risk register, live or as at an instant; overdue is judged at that instant. */
@Injectable()
export class RiskQueries {
  constructor(private readonly readSide: ReadSide) {}

  reader(asOf?: Date | null): Promise<ReadModelReader> {
    return this.readSide.reader(NAMES, asOf);
  }

  async riskExists(id: string): Promise<boolean> {
    return !!(await (await this.reader()).get(RISKS, id));
  }

  async risks(asOf?: Date | null): Promise<RiskType[]> {
    const reader = await this.reader(asOf);
    const today = ukDateOf(asOf ?? new Date());
    // The rows in order, kept while the risks are unchanged (an as-of register never changes): every
    // request for the same instant built and sorted all of them again. A fresh array: callers sort.
    const rows = await memoised(reader, `risk.register\u0000${today}`, [RISKS], async () =>
      (await reader.list<RiskDoc>(RISKS)).map((doc) => new RiskRow(doc, today)).sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)),
    );
    return [...rows];
  }

  async risk(id: string, asOf?: Date | null): Promise<RiskType | undefined> {
    return (await this.risks(asOf)).find((r) => r.id === id);
  }

  /** Counts per likelihood × impact cell (all 25, residual ratings) of the risks open at the instant. */
  async heatMap(asOf?: Date | null): Promise<HeatMapCellType[]> {
    const risks = (await this.risks(asOf)).filter((risk) => risk.status === 'OPEN');
    const cells: HeatMapCellType[] = [];
    for (let likelihood = 5; likelihood >= 1; likelihood--) {
      for (let impact = 1; impact <= 5; impact++) {
        const here = risks.filter((r) => r.likelihood === likelihood && r.impact === impact);
        cells.push({ likelihood, impact, count: here.length, riskIds: here.map((r) => r.id) });
      }
    }
    return cells;
  }
}
