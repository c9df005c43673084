import { Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { ReadSide } from '@ledger/shared-api';
import { MATURITY_THEMES, PACK_SECTIONS, REFERENCE_MATURITY_AREAS, RecordedAssessment, areaKey, maturityScore, overallMaturityScore } from '@ledger/strategy-domain';
import {
  ACTION_PLAN,
  ActionPlanItemDoc,
  AddedAreaDoc,
  AssessmentEntry,
  MATURITY_AREAS,
  MATURITY_YEARS,
  MaturityYearDoc,
  PACK_COMMENTARY,
  PackCommentaryDoc,
  PackRecord,
  STRATEGY_PACKS,
  STRATEGY_PROJECTIONS,
  StrategyPacksDoc,
} from '../projections';
import { ActionPlanItemType, AreaAssessmentEntryType, AreaMaturityType, MaturityAreaType, MaturityAssessmentType, PackSectionCommentaryType } from '../graphql/strategy.types';

const NAMES = STRATEGY_PROJECTIONS.map((p) => p.name);
const themeIndex = (theme: string) => (MATURITY_THEMES as readonly string[]).indexOf(theme);
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const entryView = (entry: AssessmentEntry): AreaAssessmentEntryType => ({
  sequence: entry.sequence,
  supersedes: entry.supersedes,
  level: entry.level,
  score: maturityScore(entry.level),
  target: entry.target,
  evidence: entry.evidence,
  assessedOn: entry.assessedOn,
  recordedAt: new Date(entry.recordedAt),
  assessedBy: entry.assessedBy,
});

/** The maturity assessment, its areas and action plan, and the packs generated, live or as at an instant. */
@Injectable()
export class StrategyQueries {
  constructor(private readonly readSide: ReadSide) {}

  reader(asOf?: Date | null): Promise<ReadModelReader> {
    return this.readSide.reader(NAMES, asOf);
  }

  /** The catalogue: by theme, reference areas first in their published order, then added ones as added. */
  async areas(asOf?: Date | null): Promise<MaturityAreaType[]> {
    return this.catalogue(await this.reader(asOf));
  }

  async assessment(year: number, asOf?: Date | null): Promise<MaturityAssessmentType> {
    const reader = await this.reader(asOf);
    const order = new Map((await this.catalogue(reader)).map((area, index) => [areaKey(area.name), index]));
    const current = await this.historyByArea(reader, year);
    const previous = await this.historyByArea(reader, year - 1);
    const areas: AreaMaturityType[] = [...current.entries()]
      .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b))
      .map(([key, history]) => {
        const latest = history[history.length - 1];
        const before = previous.get(key)?.at(-1);
        return {
          area: latest.area,
          theme: latest.theme,
          level: latest.level,
          score: maturityScore(latest.level),
          target: latest.target,
          evidence: latest.evidence,
          assessedOn: latest.assessedOn,
          assessedBy: latest.assessedBy,
          history: history.map(entryView),
          previousLevel: before?.level ?? null,
          movement: before ? maturityScore(latest.level) - maturityScore(before.level) : null,
        };
      });
    const overallScore = overallMaturityScore(areas.map((a) => a.level as AssessmentEntry['level']));
    const previousScore = previous.size ? overallMaturityScore([...previous.values()].map((h) => h[h.length - 1].level)) : null;
    return { year, areas, overallScore, previousOverallScore: previousScore, overallMovement: previousScore === null || !areas.length ? null : oneDecimal(overallScore - previousScore), asOf: asOf ?? null };
  }

  /** The action plan, by area in catalogue order, then target year. */
  async actionPlan(asOf?: Date | null, area?: string | null): Promise<ActionPlanItemType[]> {
    const reader = await this.reader(asOf);
    const order = new Map((await this.catalogue(reader)).map((a, index) => [areaKey(a.name), index]));
    const docs = (await reader.list<ActionPlanItemDoc>(ACTION_PLAN)).filter((item) => !area || areaKey(item.area) === areaKey(area));
    return docs
      .sort(
        (a, b) =>
          (order.get(areaKey(a.area)) ?? Number.MAX_SAFE_INTEGER) - (order.get(areaKey(b.area)) ?? Number.MAX_SAFE_INTEGER) ||
          a.targetYear - b.targetYear ||
          a.addedAt.localeCompare(b.addedAt) ||
          a.id.localeCompare(b.id),
      )
      .map((item) => ({
        id: item.id,
        area: item.area,
        theme: item.theme,
        description: item.description,
        targetYear: item.targetYear,
        targetLevel: item.targetLevel,
        percent: item.progress.at(-1)?.percent ?? 0,
        progress: item.progress.map((p) => ({ ...p, recordedAt: new Date(p.recordedAt) })),
        addedOn: item.addedOn,
        revision: item.revision,
      }));
  }

  async actionPlanItem(id: string): Promise<ActionPlanItemType | undefined> {
    return (await this.actionPlan()).find((item) => item.id === id);
  }

  /** Every strategy update pack generated for the year, oldest first. */
  async packs(year: number, asOf?: Date | null): Promise<PackRecord[]> {
    const doc = await (await this.reader(asOf)).get<StrategyPacksDoc>(STRATEGY_PACKS, String(year));
    return doc?.packs ?? [];
  }

  /** Every pack section in the strategy's order, with its latest commentary for the year. */
  async packCommentary(year: number, asOf?: Date | null): Promise<PackSectionCommentaryType[]> {
    const doc = await (await this.reader(asOf)).get<PackCommentaryDoc>(PACK_COMMENTARY, String(year));
    return PACK_SECTIONS.map((section) => {
      const entry = doc?.sections[section.id];
      return { section: section.id, number: section.number, title: section.title, text: entry?.text ?? null, recordedAt: entry ? new Date(entry.recordedAt) : null, recordedBy: entry?.recordedBy ?? null };
    });
  }

  /**
   * Every year's maturity assessments up to `year`, each year's in the order recorded (for
   * compareMaturity), with the catalogue's area names in order.
   */
  async maturityHistory(year: number, asOf?: Date | null): Promise<{ assessments: RecordedAssessment[]; areaOrder: string[] }> {
    const reader = await this.reader(asOf);
    const years = (await reader.list<MaturityYearDoc>(MATURITY_YEARS)).filter((doc) => doc.year <= year).sort((a, b) => a.year - b.year);
    return {
      assessments: years.flatMap((doc) => doc.assessments.map((entry) => ({ year: doc.year, area: entry.area, theme: entry.theme, level: entry.level, target: entry.target, evidence: entry.evidence }))),
      areaOrder: (await this.catalogue(reader)).map((area) => area.name),
    };
  }

  private async catalogue(reader: ReadModelReader): Promise<MaturityAreaType[]> {
    const added = (await reader.list<AddedAreaDoc>(MATURITY_AREAS)).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
    const all: MaturityAreaType[] = [
      ...REFERENCE_MATURITY_AREAS.map((area) => ({ ...area, reference: true, addedAt: null })),
      ...added.map((area) => ({ name: area.name, theme: area.theme, reference: false, addedAt: new Date(area.addedAt) })),
    ];
    // A stable sort: within a theme, reference areas keep their order and added ones follow.
    return all.sort((a, b) => themeIndex(a.theme) - themeIndex(b.theme));
  }

  private async historyByArea(reader: ReadModelReader, year: number): Promise<Map<string, AssessmentEntry[]>> {
    const doc = await reader.get<MaturityYearDoc>(MATURITY_YEARS, String(year));
    const byArea = new Map<string, AssessmentEntry[]>();
    for (const entry of doc?.assessments ?? []) byArea.set(areaKey(entry.area), [...(byArea.get(areaKey(entry.area)) ?? []), entry]);
    return byArea;
  }
}
