import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, requiredText } from '@ledger/shared-domain';

// One of the authority's own social value measures (after the government's Social Value Model:
// theme, outcome, a unit to count in, and optionally what one unit is worth in pounds).

export interface SocialValueMeasureFields {
  /** The theme of the authority's social value model, e.g. "Tackling economic inequality". */
  theme: string;
  /** What the measure is for, e.g. "Apprenticeships for local people"; unique within its theme. */
  outcome: string;
  /** What one unit is, e.g. "apprenticeship weeks", "tCO2e saved". */
  unit: string;
  /** Pounds of social value one unit stands for; null where the authority records no proxy value. */
  proxyValuePerUnit: number | null;
}

export type SocialValueMeasureDefined = DomainEvent<'SocialValueMeasureDefined', SocialValueMeasureFields & { measureId: string; definedBy: string }>;
export type SocialValueMeasureRetired = DomainEvent<'SocialValueMeasureRetired', { measureId: string; reason: string; retiredBy: string }>;

export type SocialValueMeasureEvent = SocialValueMeasureDefined | SocialValueMeasureRetired;
export const SOCIAL_VALUE_MEASURE_EVENT_TYPES: readonly SocialValueMeasureEvent['type'][] = ['SocialValueMeasureDefined', 'SocialValueMeasureRetired'];

/**
 * `outcomeTaken` is resolved by the handler: whether another measure already holds this outcome in
 * this theme (a rule across streams: the handler claims `socialValueMeasureKey` on a reservation
 * stream, ADR 0021, and tells the decider, which refuses in its own words).
 */
export type DefineSocialValueMeasure = {
  type: 'DefineSocialValueMeasure';
  measureId: string;
  theme: string;
  outcome: string;
  unit: string;
  proxyValuePerUnit?: number | null;
  outcomeTaken: boolean;
};
/** A retired measure takes no new commitments; the commitments made on it are kept and reported on. */
export type RetireSocialValueMeasure = { type: 'RetireSocialValueMeasure'; reason: string };
export type SocialValueMeasureCommand = DefineSocialValueMeasure | RetireSocialValueMeasure;
/** A measure command as sent: without the fact the handler resolves (whether the outcome is taken). */
export type SocialValueMeasureRequest = DistributiveOmit<SocialValueMeasureCommand, 'outcomeTaken'>;

export interface SocialValueMeasureState extends SocialValueMeasureFields {
  status: 'NONE' | 'ACTIVE' | 'RETIRED';
  measureId: string;
}

export const socialValueMeasureStreamId = (measureId: string) => `social-value-measure-${measureId}`;

/** The value a measure holds unique (theme and outcome, trimmed, spaces collapsed, lower case): what the reservation claims. */
export const socialValueMeasureKey = (theme: string, outcome: string): string =>
  [theme, outcome].map((part) => (part ?? '').trim().replace(/\s+/g, ' ').toLowerCase()).join('\u0000');

/** A proxy value in pounds per unit: 0 or more, to the penny; null or absent means none recorded. */
export function validProxyValue(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e9) {
    throw new InvalidInputError('proxyValuePerUnit must be an amount in pounds, 0 or more (or none)', { field: 'proxyValuePerUnit' });
  }
  return Math.round(value * 100) / 100;
}

/** What a contract's handler tells the contract decider about a measure named in a commitment. */
export interface SocialValueMeasureFacts extends SocialValueMeasureFields {
  measureId: string;
  retired: boolean;
}

/** The facts about a measure from its folded stream; null when the measure was never defined. */
export function socialValueMeasureFacts(state: SocialValueMeasureState): SocialValueMeasureFacts | null {
  if (state.status === 'NONE') return null;
  const { measureId, theme, outcome, unit, proxyValuePerUnit } = state;
  return { measureId, theme, outcome, unit, proxyValuePerUnit, retired: state.status === 'RETIRED' };
}

export const socialValueMeasureDecider: Decider<SocialValueMeasureCommand, SocialValueMeasureEvent, SocialValueMeasureState> = {
  initialState: () => ({ status: 'NONE', measureId: '', theme: '', outcome: '', unit: '', proxyValuePerUnit: null }),

  decide(command, state, context) {
    switch (command.type) {
      case 'DefineSocialValueMeasure': {
        if (state.status !== 'NONE') throw new RuleViolationError(`Social value measure ${command.measureId} already exists`);
        const theme = requiredText('theme', command.theme, 200);
        const outcome = requiredText('outcome', command.outcome, 500);
        const unit = requiredText('unit', command.unit, 100);
        const proxyValuePerUnit = validProxyValue(command.proxyValuePerUnit);
        if (command.outcomeTaken) throw new RuleViolationError(`The theme "${theme}" already has a measure for "${outcome}": outcomes are unique within a theme`, { field: 'outcome' });
        return [{ type: 'SocialValueMeasureDefined', data: { measureId: command.measureId, theme, outcome, unit, proxyValuePerUnit, definedBy: context.actorId } }];
      }
      case 'RetireSocialValueMeasure':
        if (state.status === 'NONE') throw new RuleViolationError('No such social value measure');
        if (state.status === 'RETIRED') throw new RuleViolationError('This social value measure is already retired');
        return [{ type: 'SocialValueMeasureRetired', data: { measureId: state.measureId, reason: requiredText('reason', command.reason, 2000), retiredBy: context.actorId } }];
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'SocialValueMeasureDefined': {
        const { measureId, theme, outcome, unit, proxyValuePerUnit } = event.data;
        return { status: 'ACTIVE', measureId, theme, outcome, unit, proxyValuePerUnit };
      }
      case 'SocialValueMeasureRetired':
        return { ...state, status: 'RETIRED' };
      default:
        return unhandled('event', event);
    }
  },
};
