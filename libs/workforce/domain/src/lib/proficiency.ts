import { InvalidInputError } from '@ledger/domain-kernel';

/** Proficiency levels 0 (none) to 4 (expert): five descriptors per competency. */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;
export const LEVEL_COUNT = MAX_LEVEL - MIN_LEVEL + 1;

export function assertLevel(field: string, level: number): number {
  if (!Number.isInteger(level) || level < MIN_LEVEL || level > MAX_LEVEL) {
    throw new InvalidInputError(`${field} must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}`, { field });
  }
  return level;
}

/** The gap the matrix shows: how far the assessed level is below the required one (never negative). */
export const skillGap = (level: number, requiredLevel: number) => Math.max(0, requiredLevel - level);
