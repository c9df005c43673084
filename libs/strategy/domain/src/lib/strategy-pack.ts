import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { ukDateOf } from '@ledger/shared-domain';
import { reviewYear } from './maturity';

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
  }
>;
export type StrategyPackEvent = StrategyUpdatePackGenerated;
export const STRATEGY_PACK_EVENT_TYPES: readonly StrategyPackEvent['type'][] = ['StrategyUpdatePackGenerated'];

export type StrategyPackCommand = { type: 'RecordStrategyUpdatePack'; year: number; cutOff: string; position: string; sha256: string; contentSha256: string };

export interface StrategyPackState {
  latest: { position: bigint; contentSha256: string } | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

function hash(field: string, value: string): string {
  if (!SHA256.test(value ?? '')) throw new InvalidInputError(`${field} must be 64 lower-case hex digits`, { field });
  return value;
}

/**
 * Puts a generated strategy update pack on the record: which year, cut-off and log position it
 * was built at, and the hash of what it said. The content is rebuilt from the log at that
 * position, so it is not stored. A pack that says nothing new is not recorded again.
 */
export const strategyPackDecider: Decider<StrategyPackCommand, StrategyPackEvent, StrategyPackState> = {
  initialState: () => ({ latest: null }),

  decide(command, state, context) {
    const year = reviewYear('year', command.year);
    if (year > Number(ukDateOf(context.now).slice(0, 4))) throw new RuleViolationError(`${year} has not started: its review cannot be generated yet`);
    const cutOff = strategyReviewCutOff(year, context.now).toISOString();
    if (command.cutOff !== cutOff) throw new RuleViolationError(`The ${year} review's cut-off is ${cutOff}, not ${command.cutOff}`);
    if (!/^\d{1,30}$/.test(command.position ?? '')) throw new InvalidInputError('position must be a global log position (digits)', { field: 'position' });
    const sha256 = hash('sha256', command.sha256);
    const contentSha256 = hash('contentSha256', command.contentSha256);
    if (state.latest && BigInt(command.position) < state.latest.position) {
      throw new RuleViolationError(`A pack was already recorded at position ${state.latest.position}, after ${command.position}`);
    }
    if (state.latest?.contentSha256 === contentSha256) return [];
    return [{ type: 'StrategyUpdatePackGenerated', data: { year, cutOff, position: command.position, sha256, contentSha256, generatedBy: context.actorId } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'StrategyUpdatePackGenerated':
        return { latest: { position: BigInt(event.data.position), contentSha256: event.data.contentSha256 } };
      default:
        return unhandled('event', event.type);
    }
  },
};
