import { InvalidInputError } from '@ledger/domain-kernel';

/** NPS 2022 maturity levels, in order; a level's score is its place (MINIMUM = 1 ... INNOVATOR = 5). */
export const MATURITY_LEVELS = ['MINIMUM', 'DEVELOPING', 'MATURE', 'LEADER', 'INNOVATOR'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const maturityScore = (level: MaturityLevel): number => MATURITY_LEVELS.indexOf(level) + 1;

/** The NPS themes; the enablers are grouped as one theme of their own. */
export const MATURITY_THEMES = ['Showing leadership', 'Behaving commercially', 'Achieving community benefits', 'Enablers'] as const;
export type MaturityTheme = (typeof MATURITY_THEMES)[number];

export interface MaturityArea {
  name: string;
  theme: MaturityTheme;
}

/**
 * The reference areas, under these exact names: the NPS 2018 key areas kept in 2022, plus the
 * enablers. The complete 2022 toolkit list is not public, so an admin adds the rest
 * (`AddMaturityArea`).
 */
export const REFERENCE_MATURITY_AREAS: readonly MaturityArea[] = [
  { name: 'Engaging councillors', theme: 'Showing leadership' },
  { name: 'Engaging senior managers', theme: 'Showing leadership' },
  { name: 'Working with partners', theme: 'Showing leadership' },
  { name: 'Creating commercial opportunities', theme: 'Behaving commercially' },
  { name: 'Managing contracts and relationships', theme: 'Behaving commercially' },
  { name: 'Managing strategic risk', theme: 'Behaving commercially' },
  { name: 'Obtaining social value', theme: 'Achieving community benefits' },
  { name: 'Engaging local SMEs and micro-businesses', theme: 'Achieving community benefits' },
  { name: 'Enabling VCSE engagement', theme: 'Achieving community benefits' },
  { name: 'Developing talent', theme: 'Enablers' },
  { name: 'Exploiting digital technology', theme: 'Enablers' },
  { name: 'Enabling innovation', theme: 'Enablers' },
  { name: 'Embedding change', theme: 'Enablers' },
  { name: 'Adding value', theme: 'Enablers' },
];

/**
 * The overall maturity score: the mean of the assessed areas' scores, rounded half up to one
 * decimal (e.g. 1.8); 0 when no area is assessed.
 *
 * DESIGN ASSUMPTION: no public source gives the NPS formula. The seed authority's "1.8" reads as
 * a plain mean of area scores, so every area weighs the same and unassessed areas are left out
 * (not counted as MINIMUM). Change it here, and only here, if the toolkit says otherwise.
 */
export function overallMaturityScore(levels: readonly MaturityLevel[]): number {
  if (levels.length === 0) return 0;
  const total = levels.reduce((sum, level) => sum + maturityScore(level), 0);
  // Integer arithmetic until the last step, so that x.x5 rounds up exactly.
  return Math.round((total * 10) / levels.length) / 10;
}

export function maturityLevel(field: string, value: string): MaturityLevel {
  if (!(MATURITY_LEVELS as readonly string[]).includes(value)) throw new InvalidInputError(`${field} must be one of ${MATURITY_LEVELS.join(', ')}`, { field });
  return value as MaturityLevel;
}

/** The catalogue entry an area name means (case and spacing are forgiven), or an input error. */
export function knownArea(field: string, name: string, areas: readonly MaturityArea[]): MaturityArea {
  const wanted = areaKey(name ?? '');
  const area = areas.find((a) => areaKey(a.name) === wanted);
  if (!wanted || !area) throw new InvalidInputError(`${field} "${(name ?? '').trim()}" is not a maturity area; add it first (addMaturityArea) or use one of: ${areas.map((a) => a.name).join(', ')}`, { field });
  return area;
}

export const areaKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Years an assessment, action or pack may name. */
export function reviewYear(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) throw new InvalidInputError(`${field} must be a year from 2000 to 2100`, { field });
  return value;
}
