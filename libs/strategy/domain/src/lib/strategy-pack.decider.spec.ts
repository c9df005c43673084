import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { PackSectionId } from './pack-sections';
import { StrategyPackCommand, StrategyPackEvent, reviewYearStart, strategyPackDecider, strategyReviewCutOff } from './strategy-pack';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const spec = DeciderSpecification(strategyPackDecider, { now: NOW, actorId: 'lead-1' });
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
type RecordPack = Extract<StrategyPackCommand, { type: 'RecordStrategyUpdatePack' }>;
const record = (overrides: Partial<RecordPack> = {}): RecordPack => ({
  type: 'RecordStrategyUpdatePack',
  year: 2025,
  cutOff: '2025-12-31T23:59:59.000Z',
  position: '120',
  sha256: A,
  contentSha256: B,
  authorityName: 'Fenland Combined Authority',
  ...overrides,
});
const generated = (position: string, contentSha256: string, extra: Partial<Extract<StrategyPackEvent, { type: 'StrategyUpdatePackGenerated' }>['data']> = {}): StrategyPackEvent => ({
  type: 'StrategyUpdatePackGenerated',
  data: { year: 2025, cutOff: '2025-12-31T23:59:59.000Z', position, sha256: A, contentSha256, generatedBy: 'lead-1', authorityName: 'Fenland Combined Authority', ...extra },
});
const PNG = { mediaType: 'image/png' as const, base64: 'iVBORw0KGgo=', sha256: C };
const commentary = (section: string, text: string): StrategyPackCommand => ({ type: 'RecordPackCommentary', year: 2025, section, text });
const commented = (section: PackSectionId, text: string): StrategyPackEvent => ({ type: 'PackCommentaryRecorded', data: { year: 2025, section, text, recordedBy: 'lead-1' } });

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
      .then([
        {
          type: 'StrategyUpdatePackGenerated',
          data: { year: 2025, cutOff: '2025-12-31T23:59:59.000Z', position: '120', sha256: A, contentSha256: B, generatedBy: 'lead-1', authorityName: 'Fenland Combined Authority' },
        },
      ]);
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

  it('records the authority’s name and logo on the pack, so a rebuild never depends on today’s configuration', () => {
    spec
      .given([])
      .when(record({ authorityName: '  Fenland   Combined Authority ', logo: PNG }))
      .then([expect.objectContaining({ data: expect.objectContaining({ authorityName: 'Fenland Combined Authority', logo: PNG }) })]);
  });

  it('records a new pack when only the authority’s name or logo changed', () => {
    spec.given([generated('120', B)]).when(record({ position: '130', logo: PNG })).then([expect.objectContaining({ data: expect.objectContaining({ logo: PNG }) })]);
    spec.given([generated('120', B)]).when(record({ position: '130', authorityName: 'Another authority' })).then([expect.anything()]);
  });

  it('records a new pack after one recorded before packs carried the authority', () => {
    spec.given([generated('120', B, { authorityName: undefined })]).when(record({ position: '130' })).then([expect.anything()]);
  });

  it('refuses a missing name, a logo of another kind, a malformed one or one too large', () => {
    spec.given([]).when(record({ authorityName: ' ' })).thenThrows(InvalidInputError, /authorityName must be 1 to 200 characters/);
    spec.given([]).when(record({ logo: { ...PNG, mediaType: 'image/gif' as 'image/png' } })).thenThrows(InvalidInputError, /logo.mediaType must be one of image\/png, image\/svg\+xml/);
    spec.given([]).when(record({ logo: { ...PNG, base64: 'not base64!' } })).thenThrows(InvalidInputError, /logo.base64 must be the image in base64/);
    spec.given([]).when(record({ logo: { ...PNG, base64: 'A'.repeat(4 * 90_000) } })).thenThrows(InvalidInputError, /logo must be at most 256 KB \(it is 264 KB\)/);
    spec.given([]).when(record({ logo: { ...PNG, sha256: 'x' } })).thenThrows(InvalidInputError, /logo.sha256 must be/);
  });
});

describe('the procurement lead’s commentary on the pack', () => {
  it('records commentary on a section, trimmed', () => {
    spec
      .given([])
      .when(commentary('strategic-risk', '  Two risks moved to high after the supplier failure.  '))
      .then([{ type: 'PackCommentaryRecorded', data: { year: 2025, section: 'strategic-risk', text: 'Two risks moved to high after the supplier failure.', recordedBy: 'lead-1' } }]);
  });

  it('lets the latest commentary on a section replace the earlier one, and empty text withdraw it', () => {
    spec.given([commented('strategic-risk', 'First')]).when(commentary('strategic-risk', 'Second')).then([expect.objectContaining({ data: expect.objectContaining({ text: 'Second' }) })]);
    spec.given([commented('strategic-risk', 'First')]).when(commentary('strategic-risk', '')).then([expect.objectContaining({ data: expect.objectContaining({ text: '' }) })]);
  });

  it('records nothing when the text is what the section already says', () => {
    spec.given([commented('social-value', 'Same')]).when(commentary('social-value', ' Same ')).thenNothingHappens();
    spec.given([]).when(commentary('social-value', '')).thenNothingHappens();
  });

  it('keeps commentary and packs apart in the stream', () => {
    spec.given([commented('executive-summary', 'A good year'), generated('120', B)]).when(commentary('executive-summary', 'A good year')).thenNothingHappens();
  });

  it('refuses an unknown section, text too long, or a year that has not started', () => {
    spec.given([]).when(commentary('3.3', 'x')).thenThrows(InvalidInputError, /section must be one of executive-summary, capability-and-talent/);
    spec.given([]).when(commentary('social-value', 'x'.repeat(4001))).thenThrows(InvalidInputError, /text must be at most 4000 characters/);
    spec.given([]).when({ ...commentary('social-value', 'x'), year: 2027 }).thenThrows(RuleViolationError, /2027 has not started/);
  });
});
