import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, normalisedEmail } from '@ledger/shared-domain';

/**
 * A test message an administrator sends from the Settings page to check that mail works (issue 15
 * part 4; recorded as ADR 0031 records reminders). It goes through the same relay and retries as every reminder and is recorded
 * like one: requested (what, to whom, by whom: the envelope's actor, when), then sent or failed.
 * The address is personal data: the events hold it sealed (with its user's key when it belongs to
 * an account, otherwise with the message's own key), plus the user id when there is one.
 */

export type RequestTestMessage = {
  type: 'RequestTestMessage';
  /** The address as the administrator typed it: it must be a valid address. */
  to: string;
  subject: string;
  /** Resolved by the handler: the address sealed (see above). */
  sealedTo: string;
  /** Resolved by the handler: the account whose address it is; null for an address outside the ledger. */
  recipientId: string | null;
};
export type RecordTestMessageSent = { type: 'RecordTestMessageSent'; messageId: string; attempts: number };
export type RecordTestMessageFailed = { type: 'RecordTestMessageFailed'; attempts: number; reason: string };

export type TestMessageCommand = RequestTestMessage | RecordTestMessageSent | RecordTestMessageFailed;
/** The handler seals the address and finds its account. */
export type TestMessageRequest = DistributiveOmit<TestMessageCommand, 'sealedTo' | 'recipientId'>;

type Recipient = { recipientId: string | null; to: string; subject: string };
export type TestMessageRequested = DomainEvent<'TestMessageRequested', Recipient>;
export type TestMessageSent = DomainEvent<'TestMessageSent', Recipient & { messageId: string; attempts: number; sentAt: string }>;
export type TestMessageFailed = DomainEvent<'TestMessageFailed', Recipient & { attempts: number; reason: string; failedAt: string }>;
export type TestMessageEvent = TestMessageRequested | TestMessageSent | TestMessageFailed;
export const TEST_MESSAGE_EVENT_TYPES = ['TestMessageRequested', 'TestMessageSent', 'TestMessageFailed'] as const;

export interface TestMessageState {
  requested: Recipient | null;
  outcome: 'SENT' | 'FAILED' | null;
}

/** One stream a message: `messageId` is chosen by the server for each request. */
export const testMessageStreamId = (messageId: string) => `test-message-${messageId}`;

const SUBJECT_LIMIT = 250;
const REASON_LIMIT = 500;

export const testMessageDecider: Decider<TestMessageCommand, TestMessageEvent, TestMessageState> = {
  initialState: () => ({ requested: null, outcome: null }),

  decide(command, state, context) {
    switch (command.type) {
      case 'RequestTestMessage':
        return request(command, state);
      case 'RecordTestMessageSent': {
        const requested = awaitingOutcome(state);
        if (!command.messageId?.trim()) throw new InvalidInputError('messageId must not be empty', { field: 'messageId' });
        return [{ type: 'TestMessageSent', data: { ...requested, messageId: command.messageId.trim(), attempts: attempts(command.attempts), sentAt: context.now.toISOString() } }];
      }
      case 'RecordTestMessageFailed': {
        const requested = awaitingOutcome(state);
        // The relay's answer, cut short: it never holds the message or a password.
        const reason = (command.reason ?? '').trim().slice(0, REASON_LIMIT) || 'unknown';
        return [{ type: 'TestMessageFailed', data: { ...requested, attempts: attempts(command.attempts), reason, failedAt: context.now.toISOString() } }];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'TestMessageRequested':
        return { requested: { recipientId: event.data.recipientId, to: event.data.to, subject: event.data.subject }, outcome: null };
      case 'TestMessageSent':
        return { ...state, outcome: 'SENT' };
      case 'TestMessageFailed':
        return { ...state, outcome: 'FAILED' };
      default:
        return unhandled('event', event);
    }
  },
};

function request(command: RequestTestMessage, state: TestMessageState): TestMessageEvent[] {
  if (state.requested) throw new RuleViolationError('This test message was already sent: each request sends one message');
  // Throws "… is not a valid email address" (BAD_USER_INPUT) for anything that is not one address.
  normalisedEmail(command.to);
  const subject = command.subject?.trim() ?? '';
  if (!subject) throw new InvalidInputError('subject must not be empty', { field: 'subject' });
  if (subject.length > SUBJECT_LIMIT) throw new InvalidInputError(`subject must be at most ${SUBJECT_LIMIT} characters`, { field: 'subject' });
  if (!command.sealedTo?.trim()) throw new InvalidInputError('The address must be sealed before it is recorded', { field: 'to' });
  if (command.recipientId !== null && !command.recipientId.trim()) throw new InvalidInputError('recipientId must be a user id or null', { field: 'recipientId' });
  return [{ type: 'TestMessageRequested', data: { recipientId: command.recipientId, to: command.sealedTo, subject } }];
}

function awaitingOutcome(state: TestMessageState): Recipient {
  if (!state.requested) throw new RuleViolationError('No such test message: a message is requested before it is sent');
  if (state.outcome) throw new RuleViolationError(`This test message is already recorded as ${state.outcome.toLowerCase()}`);
  return state.requested;
}

function attempts(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidInputError('attempts must be a whole number of at least 1', { field: 'attempts' });
  return value;
}
