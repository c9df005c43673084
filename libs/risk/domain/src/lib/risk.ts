import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { addMonths, requiredText, ukDateOf } from '@ledger/shared-domain';

/** The strategy's categories (section 3.9) and "other". */
export const RISK_CATEGORIES = ['MODERN_SLAVERY', 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE', 'GDPR', 'FRAUD_AND_FINANCIAL_LOSS', 'EXTERNAL_EVENTS', 'OTHER'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
/** HM Treasury Orange Book risk appetite levels. */
export const APPETITES = ['AVERSE', 'MINIMAL', 'CAUTIOUS', 'OPEN', 'EAGER'] as const;
export type RiskAppetite = (typeof APPETITES)[number];
export const TREATMENTS = ['TOLERATE', 'TREAT', 'TRANSFER', 'TERMINATE'] as const;
export type RiskTreatment = (typeof TREATMENTS)[number];

export interface Rating {
  likelihood: number;
  impact: number;
}

export const score = ({ likelihood, impact }: Rating) => likelihood * impact;

export type RiskIdentified = DomainEvent<
  'RiskIdentified',
  {
    riskId: string;
    title: string;
    category: RiskCategory;
    owner: string | null;
    inherent: Rating;
    residual: Rating;
    appetite: RiskAppetite;
    treatment: RiskTreatment;
    controls: string[];
    reviewEveryMonths: number;
    identifiedOn: string;
    nextReviewDue: string;
  }
>;
export type RiskReviewed = DomainEvent<'RiskReviewed', { riskId: string; residual: Rating; notes: string; reviewedOn: string; reviewedBy: string; nextReviewDue: string }>;
/** A risk that no longer threatens the strategy leaves the live register; its scores and reviews stay on the record. */
export type RiskClosed = DomainEvent<'RiskClosed', { riskId: string; reason: string; closedOn: string; closedBy: string }>;
export type RiskEvent = RiskIdentified | RiskReviewed | RiskClosed;
export const RISK_EVENT_TYPES: readonly RiskEvent['type'][] = ['RiskIdentified', 'RiskReviewed', 'RiskClosed'];

/**
 * The optional fields may be left out: no owner, CAUTIOUS appetite, TREAT, no controls. A part of
 * the inherent rating (before controls) that is left out is the residual one's.
 */
export type IdentifyRisk = {
  type: 'IdentifyRisk';
  riskId: string;
  title: string;
  category: string;
  owner?: string | null;
  inherent?: { likelihood?: number | null; impact?: number | null } | null;
  residual: Rating;
  appetite?: string | null;
  treatment?: string | null;
  controls?: string[] | null;
  reviewEveryMonths: number;
};
export type ReviewRisk = { type: 'ReviewRisk'; residual: Rating; notes: string };
export type CloseRisk = { type: 'CloseRisk'; reason: string };
export type RiskCommand = IdentifyRisk | ReviewRisk | CloseRisk;
/** A risk command as sent: the handler resolves nothing. */
export type RiskRequest = RiskCommand;

export interface RiskState {
  identified: boolean;
  riskId: string;
  reviewEveryMonths: number;
  inherent: Rating | null;
  /** The day it was closed; null while it is on the live register. */
  closedOn: string | null;
}

export const riskStreamId = (riskId: string) => `risk-${riskId}`;

function rating(field: string, value: Rating): Rating {
  for (const part of ['likelihood', 'impact'] as const) {
    const n = value?.[part];
    if (!Number.isInteger(n) || n < 1 || n > 5) throw new InvalidInputError(`${field} ${part} must be a whole number from 1 to 5`, { field: `${field}.${part}` });
  }
  return { likelihood: value.likelihood, impact: value.impact };
}

function oneOf<T extends string>(field: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInputError(`${field} must be one of ${allowed.join(', ')}`, { field });
  return value as T;
}

/** The strategic risk register: identification, then reviews with new scores, and closing; the history is the point. */
export const riskDecider: Decider<RiskCommand, RiskEvent, RiskState> = {
  initialState: () => ({ identified: false, riskId: '', reviewEveryMonths: 3, inherent: null, closedOn: null }),

  decide(command, state, context) {
    const today = ukDateOf(context.now);
    switch (command.type) {
      case 'IdentifyRisk':
        return identify(command, state, today);
      case 'ReviewRisk':
        return review(command, liveRisk(state), context.actorId, today);
      case 'CloseRisk':
        return [{ type: 'RiskClosed', data: { riskId: liveRisk(state).riskId, reason: requiredText('reason', command.reason, 4000), closedOn: today, closedBy: context.actorId } }];
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'RiskIdentified':
        return { identified: true, riskId: event.data.riskId, reviewEveryMonths: event.data.reviewEveryMonths, inherent: event.data.inherent, closedOn: null };
      case 'RiskReviewed':
        return state;
      case 'RiskClosed':
        return { ...state, closedOn: event.data.closedOn };
      default:
        return unhandled('event', event);
    }
  },
};

/** Reviews and closing apply to a risk on the live register only. */
function liveRisk(state: RiskState): RiskState {
  if (!state.identified) throw new RuleViolationError('No such risk');
  if (state.closedOn) throw new RuleViolationError(`This risk was closed on ${state.closedOn}: a closed risk is not reviewed or closed again. Identify it afresh if it returns`);
  return state;
}

function identify(command: IdentifyRisk, state: RiskState, today: string): RiskEvent[] {
  if (state.identified) throw new RuleViolationError(`Risk ${command.riskId} is already on the register`);
  const residual = rating('residual', command.residual);
  const given = command.inherent ?? {};
  const inherent = rating('inherent', { likelihood: given.likelihood ?? residual.likelihood, impact: given.impact ?? residual.impact });
  if (score(residual) > score(inherent)) throw new RuleViolationError('The residual score (after controls) cannot be above the inherent score');
  if (!Number.isInteger(command.reviewEveryMonths) || command.reviewEveryMonths < 1 || command.reviewEveryMonths > 24) {
    throw new InvalidInputError('reviewEveryMonths must be a whole number from 1 to 24 (strategic risks: 3, quarterly)', { field: 'reviewEveryMonths' });
  }
  return [
    {
      type: 'RiskIdentified',
      data: {
        riskId: command.riskId,
        title: requiredText('title', command.title, 300),
        category: oneOf('category', command.category, RISK_CATEGORIES, 'OTHER'),
        owner: command.owner?.trim() ? requiredText('owner', command.owner, 200) : null,
        inherent,
        residual,
        appetite: oneOf('appetite', command.appetite, APPETITES, 'CAUTIOUS'),
        treatment: oneOf('treatment', command.treatment, TREATMENTS, 'TREAT'),
        controls: (command.controls ?? []).map((c, i) => requiredText(`controls[${i}]`, c, 2000)),
        reviewEveryMonths: command.reviewEveryMonths,
        identifiedOn: today,
        nextReviewDue: addMonths(today, command.reviewEveryMonths),
      },
    },
  ];
}

function review(command: ReviewRisk, state: RiskState, actorId: string, today: string): RiskEvent[] {
  const residual = rating('residual', command.residual);
  if (state.inherent && score(residual) > score(state.inherent)) {
    throw new RuleViolationError(`The residual score (${score(residual)}) cannot be above the inherent score (${score(state.inherent)}): review the inherent rating if the risk itself has grown`);
  }
  return [
    {
      type: 'RiskReviewed',
      data: {
        riskId: state.riskId,
        residual,
        notes: requiredText('notes', command.notes, 8000),
        reviewedOn: today,
        reviewedBy: actorId,
        nextReviewDue: addMonths(today, state.reviewEveryMonths),
      },
    },
  ];
}
