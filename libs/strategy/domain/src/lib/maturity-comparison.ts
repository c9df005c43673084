import { MaturityLevel, areaKey, maturityScore, overallMaturityScore } from './maturity';

/** One assessment as recorded for a year (a later one for the same area and year replaces it). */
export interface RecordedAssessment {
  year: number;
  area: string;
  theme: string;
  level: MaturityLevel;
  target: MaturityLevel | null;
  evidence: string;
}

/** An area's position at the end of a year: its latest assessment in that year or any earlier one. */
export interface AreaMaturityPosition {
  area: string;
  theme: string;
  level: MaturityLevel;
  score: number;
  /** The area's target; carried forward from an earlier assessment when the latest names none. */
  target: MaturityLevel | null;
  targetCarriedForward: boolean;
  /** The year of the assessment the level comes from. */
  assessedYear: number;
  /** Assessed in the year itself; otherwise the level is carried forward ("not re-assessed"). */
  reassessed: boolean;
  evidence: string;
  /** The area's position a year earlier (with the same carry-forward), if it had one. */
  previousLevel: MaturityLevel | null;
  movement: number | null;
}

export interface MaturityComparison {
  year: number;
  /** Every area with a level at the end of the year, in the catalogue's order. */
  areas: AreaMaturityPosition[];
  /** Mean over every area in `areas` (re-assessed or carried forward), one decimal. */
  overallScore: number;
  reassessedAreas: number;
  carriedForwardAreas: number;
  /** Mean over every area that had a level at the end of the previous year; null when none had. */
  previousOverallScore: number | null;
  /** The like-with-like comparison: the areas with a level at both ends of the year. */
  comparable: { areas: string[]; scoreNow: number; scorePrevious: number } | null;
  /** comparable.scoreNow - comparable.scorePrevious (both one decimal), one decimal; null without a comparable area. */
  movement: number | null;
  /** Areas with a level now that had none a year earlier: outside the movement. */
  newAreas: string[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

interface Position {
  entry: RecordedAssessment;
  target: MaturityLevel | null;
  targetCarriedForward: boolean;
}

/** Each area's latest assessment in `year` or before, with the latest target named by then. */
function positionsAt(year: number, assessments: readonly RecordedAssessment[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  // Stable by year: within a year the record order stands, so the later assessment wins.
  const inOrder = assessments.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.year - b.entry.year || a.index - b.index);
  for (const { entry } of inOrder) {
    if (entry.year > year) continue;
    const key = areaKey(entry.area);
    const before = positions.get(key);
    const target = entry.target ?? before?.target ?? null;
    positions.set(key, { entry, target, targetCarriedForward: entry.target === null && target !== null });
  }
  return positions;
}

/**
 * The NPS maturity at the end of `year` compared like with like with the end of the year before.
 * An area not re-assessed in the year keeps its last level and target ("not re-assessed"), so the
 * overall score never silently drops areas; the movement is taken over the areas that had a level
 * at both ends, and areas assessed for the first time are named instead of moving the average.
 * `order` is the catalogue's area names; areas not in it follow in the order first assessed.
 */
export function compareMaturity(year: number, assessments: readonly RecordedAssessment[], order: readonly string[] = []): MaturityComparison {
  const now = positionsAt(year, assessments);
  const before = positionsAt(year - 1, assessments);
  const rank = new Map(order.map((name, index) => [areaKey(name), index]));
  const firstSeen = new Map<string, number>();
  assessments.forEach((entry, index) => firstSeen.has(areaKey(entry.area)) || firstSeen.set(areaKey(entry.area), index));
  const keys = [...now.keys()].sort(
    (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );

  const areas = keys.map((key): AreaMaturityPosition => {
    const { entry, target, targetCarriedForward } = now.get(key) as Position;
    const previous = before.get(key)?.entry.level ?? null;
    return {
      area: entry.area,
      theme: entry.theme,
      level: entry.level,
      score: maturityScore(entry.level),
      target,
      targetCarriedForward,
      assessedYear: entry.year,
      reassessed: entry.year === year,
      evidence: entry.evidence,
      previousLevel: previous,
      movement: previous === null ? null : maturityScore(entry.level) - maturityScore(previous),
    };
  });

  const comparableAreas = areas.filter((a) => a.previousLevel !== null);
  const comparable = comparableAreas.length
    ? {
        areas: comparableAreas.map((a) => a.area),
        scoreNow: overallMaturityScore(comparableAreas.map((a) => a.level)),
        scorePrevious: overallMaturityScore(comparableAreas.map((a) => a.previousLevel as MaturityLevel)),
      }
    : null;
  return {
    year,
    areas,
    overallScore: overallMaturityScore(areas.map((a) => a.level)),
    reassessedAreas: areas.filter((a) => a.reassessed).length,
    carriedForwardAreas: areas.filter((a) => !a.reassessed).length,
    previousOverallScore: before.size ? overallMaturityScore([...before.values()].map((p) => p.entry.level)) : null,
    comparable,
    movement: comparable ? oneDecimal(comparable.scoreNow - comparable.scorePrevious) : null,
    newAreas: areas.filter((a) => a.previousLevel === null).map((a) => a.area),
  };
}
