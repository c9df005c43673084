import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { StrategyPackCommand, StrategyPackEvent, reviewYearStart, strategyPackDecider, strategyReviewCutOff } from './strategy-pack';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const spec = DeciderSpecification(strategyPackDecider, { now: NOW, actorId: 'lead-1' });
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const record = (overrides: Partial<StrategyPackCommand> = {}): StrategyPackCommand => ({
  type: 'RecordStrategyUpdatePack',
  year: 2025,
  cutOff: '2025-12-31T23:59:59.000Z',
  position: '120',
  sha256: A,
  contentSha256: B,
  ...overrides,
});
const generated = (position: string, contentSha256: string): StrategyPackEvent => ({
  type: 'StrategyUpdatePackGenerated',
  data: { year: 2025, cutOff: '2025-12-31T23:59:59.000Z', position, sha256: A, contentSha256, generatedBy: 'lead-1' },
});

describe('the annual review cut-off', () => {
  it('is 31 December 23:59:59 in the UK (GMT) once the year is over', () => {
    expect(strategyReviewCutOff(2025, NOW).toISOString()).toBe('2025-12-31T23:59:59.000Z');
  });

  it('is now while the year is running', () => {
    expect(strategyReviewCutOff(2026, NOW)).toEqual(NOW);
  });

  it('starts the year at 1 January 00:00 UK time', () => {
    expect(reviewYearStart(2026).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('strategy update pack decider', () => {
  it('records a pack with its year, cut-off, position, hashes and who generated it', () => {
    spec
      .given([])
      .when(record())
      .then([{ type: 'StrategyUpdatePackGenerated', data: { year: 2025, cutOff: '2025-12-31T23:59:59.000Z', position: '120', sha256: A, contentSha256: B, generatedBy: 'lead-1' } }]);
  });

  it('records a pack of the running year with the cut-off now', () => {
    spec
      .given([])
      .when(record({ year: 2026, cutOff: NOW.toISOString() }))
      .then([expect.objectContaining({ data: expect.objectContaining({ year: 2026, cutOff: NOW.toISOString() }) })]);
  });

  it('refuses a cut-off other than the review’s', () => {
    spec.given([]).when(record({ cutOff: '2025-06-30T00:00:00.000Z' })).thenThrows(RuleViolationError, /cut-off is 2025-12-31T23:59:59.000Z/);
  });

  it('refuses a year that has not started', () => {
    spec.given([]).when(record({ year: 2027 })).thenThrows(RuleViolationError, /2027 has not started/);
  });

  it('refuses a malformed year, position or hash', () => {
    spec.given([]).when(record({ year: 1900 })).thenThrows(InvalidInputError, /year must be a year/);
    spec.given([]).when(record({ position: '-1' })).thenThrows(InvalidInputError, /position must be a global log position/);
    spec.given([]).when(record({ sha256: 'ABC' })).thenThrows(InvalidInputError, /sha256 must be 64 lower-case hex digits/);
    spec.given([]).when(record({ contentSha256: A.toUpperCase() })).thenThrows(InvalidInputError, /contentSha256 must be/);
  });

  it('records nothing when the content is unchanged since the latest pack', () => {
    spec.given([generated('120', B)]).when(record({ position: '130' })).thenNothingHappens();
  });

  it('records a new pack when the content changed', () => {
    spec
      .given([generated('120', B)])
      .when(record({ position: '130', contentSha256: C }))
      .then([expect.objectContaining({ data: expect.objectContaining({ position: '130', contentSha256: C }) })]);
  });

  it('refuses a pack built at a position before the latest one', () => {
    spec.given([generated('120', B)]).when(record({ position: '119', contentSha256: C })).thenThrows(RuleViolationError, /already recorded at position 120/);
  });
});
