import type { SkillsMatrixOrder } from '../../../generated/graphql';
import type { Competency, SkillCell, SkillsRow } from '../workforce.types';

export interface CategoryGroup {
  category: string;
  competencies: Competency[];
}

/** Competencies under their category, categories in the order the API lists them. */
export function groupByCategory(competencies: readonly Competency[]): CategoryGroup[] {
  const groups = new Map<string, Competency[]>();
  for (const competency of competencies) {
    const group = groups.get(competency.category) ?? [];
    group.push(competency);
    groups.set(competency.category, group);
  }
  return [...groups].map(([category, members]) => ({ category, competencies: members }));
}

/** The row's cell for a competency; a person never assessed has level 0 and the job's requirement. */
export function cellFor(row: SkillsRow, competencyId: string): SkillCell {
  return (
    row.cells.find((cell) => cell.competency.id === competencyId) ?? {
      competency: { id: competencyId },
      level: 0,
      requiredLevel: 0,
      gap: 0,
      assessments: 0,
    }
  );
}

/** "Level 1 (Aware)"; the descriptor is left out when the competency has none for the level. */
export function levelLabel(level: number, competency?: Competency): string {
  const descriptor = competency?.levelDescriptors[level];
  return descriptor ? `Level ${level} (${descriptor})` : `Level ${level}`;
}

/** Job titles people hold (on this page, or `more` from elsewhere) and requirements name, once each, sorted. */
export function jobTitles(rows: readonly SkillsRow[], competencies: readonly Competency[], more: readonly string[] = []): string[] {
  const titles = new Map<string, string>();
  for (const title of [
    ...rows.map((r) => r.staffMember.jobTitle),
    ...more,
    ...competencies.flatMap((c) => c.requirements.map((r) => r.jobTitle)),
  ]) {
    const key = title.trim().toLowerCase();
    if (key && !titles.has(key)) {
      titles.set(key, title.trim());
    }
  }
  return [...titles.values()].sort((a, b) => a.localeCompare(b));
}

/** How the API orders the matrix's people before paging: by name, or those furthest below their job's requirements first (over every page). */
export type MatrixOrder = SkillsMatrixOrder;

export const MATRIX_ORDERS: readonly { value: MatrixOrder; label: string }[] = [
  { value: 'NAME', label: 'Name (A to Z)' },
  { value: 'LARGEST_GAP', label: 'Largest total gap first' },
];

/** The symbol beside a gap's words (hidden from screen readers, which hear the words). */
export const GAP_SYMBOL = '▼';

/**
 * How a cell reads against its requirement: whether it is shaded, and the words that say the
 * same without colour (WCAG 1.4.1: colour is never the only signal).
 */
export function gapMarker(cell: SkillCell): { shaded: boolean; text: string | null } {
  return cell.gap > 0 ? { shaded: true, text: `Gap ${cell.gap}` } : { shaded: false, text: null };
}
