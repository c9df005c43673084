import { Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { ReadSide } from '@ledger/shared-api';
import { ukDateOf } from '@ledger/shared-domain';
import { RISKS, RISK_PROJECTIONS, RiskDoc, ScoreEntry } from '../projections';
import { HeatMapCellType, RiskReviewType, RiskType } from '../graphql/risk.types';

const NAMES = RISK_PROJECTIONS.map((p) => p.name);

const entry = (e: ScoreEntry): RiskReviewType => ({ reviewedAt: new Date(e.recordedAt), likelihood: e.likelihood, impact: e.impact, score: e.score, notes: e.notes, reviewedBy: e.by });

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
    const docs = await reader.list<RiskDoc>(RISKS);
    return docs
      .map((doc) => ({
        id: doc.id,
        title: doc.title,
        category: doc.category,
        owner: doc.owner,
        likelihood: doc.residual.likelihood,
        impact: doc.residual.impact,
        score: doc.residual.likelihood * doc.residual.impact,
        inherentLikelihood: doc.inherent.likelihood,
        inherentImpact: doc.inherent.impact,
        inherentScore: doc.inherent.likelihood * doc.inherent.impact,
        appetite: doc.appetite,
        treatment: doc.treatment,
        controls: doc.controls,
        reviewEveryMonths: doc.reviewEveryMonths,
        nextReviewDue: doc.nextReviewDue,
        overdue: !doc.closed && doc.nextReviewDue < today,
        status: doc.closed ? ('CLOSED' as const) : ('OPEN' as const),
        closedOn: doc.closed?.on ?? null,
        closeReason: doc.closed?.reason ?? null,
        // Built only when a query asks for them: a long-reviewed risk's history was most of the
        // cost of a register that shows one line per risk.
        get reviews() {
          return doc.history.filter((e) => e.kind === 'REVIEWED').map(entry);
        },
        get scoreHistory() {
          return doc.history.map(entry);
        },
        revision: doc.revision,
      }))
      .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
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
