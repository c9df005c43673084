import { Decider, DecisionContext, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { ukDateOf } from '@ledger/shared-domain';
import { reviewYear } from './maturity';
import { PackSectionId, packSection } from './pack-sections';

export const strategyPackStreamId = (year: number) => `strategy-pack-${year}`;

/** 1 January 00:00 in the UK; January is always GMT, so it is also 00:00Z. */
export const reviewYearStart = (year: number) => new Date(Date.UTC(year, 0, 1, 0, 0, 0));

/**
 * The annual review's cut-off: 31 December at 23:59:59 Europe/London (December is always GMT,
 * so 23:59:59Z), or `now` while the year is still running.
 */
export function strategyReviewCutOff(year: number, now: Date): Date {
  const yearEnd = new Date(Date.UTC(year, 11, 31, 23, 59, 59));
  return now.getTime() < yearEnd.getTime() ? new Date(now.getTime()) : yearEnd;
}

export type StrategyUpdatePackGenerated = DomainEvent<
  'StrategyUpdatePackGenerated',
  {
    year: number;
    cutOff: string;
    /** Global log position the pack was built at (a decimal string: positions are bigint). */
    position: string;
    /** sha256 of the pack's Markdown, which states the cut-off and the position. */
    sha256: string;
    /** sha256 of the Markdown without those two lines: equal when nothing the pack shows changed. */
    contentSha256: string;
    generatedBy: string;
    /**
     * The authority's name and logo as configured when the pack was generated: on the record, so a
     * rebuild years later shows what the board saw, not today's configuration (ADR 0029). Packs
     * recorded before these fields existed have neither.
     */
    authorityName?: string;
    logo?: PackLogo;
  }
>;

/** The procurement lead's commentary on one section of the year's pack; the latest per section is in force. */
export type PackCommentaryRecorded = DomainEvent<'PackCommentaryRecorded', { year: number; section: PackSectionId; text: string; recordedBy: string }>;

export type StrategyPackEvent = StrategyUpdatePackGenerated | PackCommentaryRecorded;
export const STRATEGY_PACK_EVENT_TYPES: readonly StrategyPackEvent['type'][] = ['StrategyUpdatePackGenerated', 'PackCommentaryRecorded'];

/** An image the pack prints beside the authority's name: PNG or SVG, at most PACK_LOGO_MAX_BYTES. */
export interface PackLogo {
  mediaType: 'image/png' | 'image/svg+xml';
  base64: string;
  /** sha256 (hex) of the image's bytes. */
  sha256: string;
}
export const PACK_LOGO_MEDIA_TYPES: readonly PackLogo['mediaType'][] = ['image/png', 'image/svg+xml'];
export const PACK_LOGO_MAX_BYTES = 256 * 1024;
export const PACK_COMMENTARY_MAX_LENGTH = 4000;

export type StrategyPackCommand =
  | {
      type: 'RecordStrategyUpdatePack';
      year: number;
      cutOff: string;
      position: string;
      sha256: string;
      contentSha256: string;
      authorityName: string;
      logo?: PackLogo | null;
    }
  /** Empty text withdraws the section's commentary. */
  | { type: 'RecordPackCommentary'; year: number; section: string; text: string };

export interface StrategyPackState {
  latest: { position: bigint; contentSha256: string; authorityName: string | null; logoSha256: string | null } | null;
  commentary: Partial<Record<PackSectionId, string>>;
}

const SHA256 = /^[0-9a-f]{64}$/;

function hash(field: string, value: string): string {
  if (!SHA256.test(value ?? '')) throw new InvalidInputError(`${field} must be 64 lower-case hex digits`, { field });
  return value;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function authorityName(value: string): string {
  const name = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) throw new InvalidInputError('authorityName must be 1 to 200 characters', { field: 'authorityName' });
  return name;
}

function packLogo(logo: PackLogo | null | undefined): PackLogo | undefined {
  if (!logo) return undefined;
  if (!PACK_LOGO_MEDIA_TYPES.includes(logo.mediaType)) throw new InvalidInputError(`logo.mediaType must be one of ${PACK_LOGO_MEDIA_TYPES.join(', ')}`, { field: 'logo.mediaType' });
  const base64 = logo.base64 ?? '';
  if (!base64 || base64.length % 4 !== 0 || !BASE64.test(base64)) throw new InvalidInputError('logo.base64 must be the image in base64', { field: 'logo.base64' });
  const bytes = (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  if (bytes > PACK_LOGO_MAX_BYTES) throw new InvalidInputError(`logo must be at most ${PACK_LOGO_MAX_BYTES / 1024} KB (it is ${Math.ceil(bytes / 1024)} KB)`, { field: 'logo' });
  return { mediaType: logo.mediaType, base64, sha256: hash('logo.sha256', logo.sha256) };
}

function notStarted(year: number, now: Date): boolean {
  return year > Number(ukDateOf(now).slice(0, 4));
}

/**
 * The procurement lead's commentary on a section. There is no closing rule: a year's pack is
 * written after the year ends, so commentary on a finished year stays open; each pack shows what
 * was recorded by its position.
 */
function decideCommentary(command: Extract<StrategyPackCommand, { type: 'RecordPackCommentary' }>, state: StrategyPackState, context: DecisionContext): StrategyPackEvent[] {
  const year = reviewYear('year', command.year);
  if (notStarted(year, context.now)) throw new RuleViolationError(`${year} has not started: its pack cannot have commentary yet`);
  const section = packSection('section', command.section);
  const text = (command.text ?? '').trim();
  if (text.length > PACK_COMMENTARY_MAX_LENGTH) throw new InvalidInputError(`text must be at most ${PACK_COMMENTARY_MAX_LENGTH} characters`, { field: 'text' });
  if ((state.commentary[section] ?? '') === text) return [];
  return [{ type: 'PackCommentaryRecorded', data: { year, section, text, recordedBy: context.actorId } }];
}

/**
 * Puts a generated strategy update pack on the record: which year, cut-off and log position it
 * was built at, and the hash of what it said. The content is rebuilt from the log at that
 * position, so it is not stored. A pack that says nothing new is not recorded again.
 */
export const strategyPackDecider: Decider<StrategyPackCommand, StrategyPackEvent, StrategyPackState> = {
  initialState: () => ({ latest: null, commentary: {} }),

  decide(command, state, context) {
    if (command.type === 'RecordPackCommentary') return decideCommentary(command, state, context);
    const year = reviewYear('year', command.year);
    if (notStarted(year, context.now)) throw new RuleViolationError(`${year} has not started: its review cannot be generated yet`);
    const cutOff = strategyReviewCutOff(year, context.now).toISOString();
    if (command.cutOff !== cutOff) throw new RuleViolationError(`The ${year} review's cut-off is ${cutOff}, not ${command.cutOff}`);
    if (!/^\d{1,30}$/.test(command.position ?? '')) throw new InvalidInputError('position must be a global log position (digits)', { field: 'position' });
    const sha256 = hash('sha256', command.sha256);
    const contentSha256 = hash('contentSha256', command.contentSha256);
    if (state.latest && BigInt(command.position) < state.latest.position) {
      throw new RuleViolationError(`A pack was already recorded at position ${state.latest.position}, after ${command.position}`);
    }
    const name = authorityName(command.authorityName);
    const logo = packLogo(command.logo);
    // The logo is not in the Markdown, so a new logo alone is a new pack too.
    const latest = state.latest;
    if (latest?.contentSha256 === contentSha256 && latest.authorityName === name && latest.logoSha256 === (logo?.sha256 ?? null)) return [];
    return [
      {
        type: 'StrategyUpdatePackGenerated',
        data: { year, cutOff, position: command.position, sha256, contentSha256, generatedBy: context.actorId, authorityName: name, ...(logo ? { logo } : {}) },
      },
    ];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'StrategyUpdatePackGenerated':
        return {
          ...state,
          latest: { position: BigInt(event.data.position), contentSha256: event.data.contentSha256, authorityName: event.data.authorityName ?? null, logoSha256: event.data.logo?.sha256 ?? null },
        };
      case 'PackCommentaryRecorded':
        return { ...state, commentary: { ...state.commentary, [event.data.section]: event.data.text } };
      default:
        return unhandled('event', event);
    }
  },
};
