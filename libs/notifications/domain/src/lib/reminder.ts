import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';

/**
 * One reminder message: claimed before it is sent, then recorded as sent or as failed (ADR 0031).
 * Its stream id is deterministic (the recipient and the day, or the review), so two server
 * instances that both try to send it race for the claim: the store lets exactly one create the
 * stream and the other gets a conflict and skips. The events say what was sent to whom and when
 * (by user id and subject, never the body or the address), so auditors can see people were told.
 */

export const REMINDER_KINDS = ['DAILY_DIGEST', 'DECISION_REQUEST'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type ClaimReminder = {
  type: 'ClaimReminder';
  kind: ReminderKind;
  /** The user the message is for. */
  recipientId: string;
  subject: string;
  /** What the message is about: the UK day of a digest, or the review awaiting decision. */
  about: string;
};
export type RecordReminderSent = { type: 'RecordReminderSent'; messageId: string; attempts: number };
export type RecordReminderFailed = { type: 'RecordReminderFailed'; attempts: number; reason: string };

export type ReminderCommand = ClaimReminder | RecordReminderSent | RecordReminderFailed;
export type ReminderRequest = ReminderCommand;

export type ReminderClaimed = DomainEvent<'ReminderClaimed', { kind: ReminderKind; recipientId: string; subject: string; about: string }>;
export type ReminderSent = DomainEvent<'ReminderSent', { kind: ReminderKind; recipientId: string; subject: string; messageId: string; attempts: number; sentAt: string }>;
export type ReminderFailed = DomainEvent<'ReminderFailed', { kind: ReminderKind; recipientId: string; subject: string; attempts: number; reason: string; failedAt: string }>;
export type ReminderEvent = ReminderClaimed | ReminderSent | ReminderFailed;
export const REMINDER_EVENT_TYPES = ['ReminderClaimed', 'ReminderSent', 'ReminderFailed'] as const;

export interface ReminderState {
  claimed: { kind: ReminderKind; recipientId: string; subject: string } | null;
  outcome: 'SENT' | 'FAILED' | null;
}

/** The day's digest for one person: one stream per person and UK day. */
export const digestReminderStreamId = (userId: string, ukDate: string) => `reminder-digest-${userId}-${ukDate}`;
/** The message telling one person that a review awaits their decision. */
export const decisionReminderStreamId = (reviewId: string, userId: string) => `reminder-decision-${reviewId}-${userId}`;

const REASON_LIMIT = 500;

export const reminderDecider: Decider<ReminderCommand, ReminderEvent, ReminderState> = {
  initialState: () => ({ claimed: null, outcome: null }),

  decide(command, state, context) {
    switch (command.type) {
      case 'ClaimReminder':
        return claim(command, state);
      case 'RecordReminderSent': {
        const claimed = awaitingOutcome(state);
        if (!command.messageId?.trim()) throw new InvalidInputError('messageId must not be empty', { field: 'messageId' });
        return [{ type: 'ReminderSent', data: { ...claimed, messageId: command.messageId.trim(), attempts: attempts(command.attempts), sentAt: context.now.toISOString() } }];
      }
      case 'RecordReminderFailed': {
        const claimed = awaitingOutcome(state);
        // The transport's reason, cut short: it names the relay's answer, never the message or a password.
        const reason = (command.reason ?? '').trim().slice(0, REASON_LIMIT) || 'unknown';
        return [{ type: 'ReminderFailed', data: { ...claimed, attempts: attempts(command.attempts), reason, failedAt: context.now.toISOString() } }];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ReminderClaimed':
        return { claimed: { kind: event.data.kind, recipientId: event.data.recipientId, subject: event.data.subject }, outcome: null };
      case 'ReminderSent':
        return { ...state, outcome: 'SENT' };
      case 'ReminderFailed':
        return { ...state, outcome: 'FAILED' };
      default:
        return unhandled('event', event);
    }
  },
};

function claim(command: ClaimReminder, state: ReminderState): ReminderEvent[] {
  if (state.claimed) throw new RuleViolationError('This reminder was already claimed: it is sent once only');
  if (!(REMINDER_KINDS as readonly string[]).includes(command.kind)) throw new InvalidInputError(`kind must be one of ${REMINDER_KINDS.join(', ')}`, { field: 'kind' });
  for (const field of ['recipientId', 'subject', 'about'] as const) {
    if (!command[field]?.trim()) throw new InvalidInputError(`${field} must not be empty`, { field });
  }
  return [{ type: 'ReminderClaimed', data: { kind: command.kind, recipientId: command.recipientId, subject: command.subject.trim(), about: command.about } }];
}

function awaitingOutcome(state: ReminderState): NonNullable<ReminderState['claimed']> {
  if (!state.claimed) throw new RuleViolationError('No such reminder: a message is claimed before it is sent');
  if (state.outcome) throw new RuleViolationError(`This reminder is already recorded as ${state.outcome.toLowerCase()}`);
  return state.claimed;
}

function attempts(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidInputError('attempts must be a whole number of at least 1', { field: 'attempts' });
  return value;
}
