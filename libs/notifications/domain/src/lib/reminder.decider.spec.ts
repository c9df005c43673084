import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { ClaimReminder, ReminderEvent, reminderDecider } from './reminder';

const now = new Date('2026-11-30T07:00:00Z');
const spec = DeciderSpecification(reminderDecider, { now, actorId: 'system:reminders' });

const claim = (overrides: Partial<ClaimReminder> = {}): ClaimReminder => ({
  type: 'ClaimReminder',
  kind: 'DAILY_DIGEST',
  recipientId: 'user-1',
  subject: ' Your governance reminders for 30 November 2026 ',
  about: '2026-11-30',
  ...overrides,
});
const claimed: ReminderEvent = {
  type: 'ReminderClaimed',
  data: { kind: 'DAILY_DIGEST', recipientId: 'user-1', subject: 'Your governance reminders for 30 November 2026', about: '2026-11-30' },
};
const recipient = { kind: 'DAILY_DIGEST' as const, recipientId: 'user-1', subject: 'Your governance reminders for 30 November 2026' };
const sent: ReminderEvent = { type: 'ReminderSent', data: { ...recipient, messageId: '<m1@ledger>', attempts: 1, sentAt: now.toISOString() } };

describe('reminder decider', () => {
  describe('claiming a message before sending it', () => {
    it('records the claim: kind, recipient, subject and what it is about', () => {
      spec.given([]).when(claim()).then([claimed]);
    });

    it('refuses a second claim of the same message, so it is sent once only', () => {
      spec.given([claimed]).when(claim()).thenThrows(RuleViolationError, /already claimed/);
    });

    it('refuses a claim with no recipient or subject', () => {
      spec.given([]).when(claim({ recipientId: '' })).thenThrows(InvalidInputError, /recipientId must not be empty/);
      spec.given([]).when(claim({ subject: ' ' })).thenThrows(InvalidInputError, /subject must not be empty/);
    });

    it('refuses an unknown kind', () => {
      spec
        .given([])
        .when(claim({ kind: 'NEWSLETTER' as never }))
        .thenThrows(InvalidInputError, /kind must be one of DAILY_DIGEST, DECISION_REQUEST/);
    });
  });

  describe('recording the outcome', () => {
    it('records a message sent, with the relay’s message id and the attempts it took', () => {
      spec.given([claimed]).when({ type: 'RecordReminderSent', messageId: ' <m1@ledger> ', attempts: 1 }).then([sent]);
    });

    it('records a message that failed after its last attempt, with the reason', () => {
      spec
        .given([claimed])
        .when({ type: 'RecordReminderFailed', attempts: 5, reason: ' connect ECONNREFUSED 127.0.0.1:2525 ' })
        .then([{ type: 'ReminderFailed', data: { ...recipient, attempts: 5, reason: 'connect ECONNREFUSED 127.0.0.1:2525', failedAt: now.toISOString() } }]);
    });

    it('refuses an outcome for a message never claimed', () => {
      spec.given([]).when({ type: 'RecordReminderSent', messageId: 'm', attempts: 1 }).thenThrows(RuleViolationError, /claimed before it is sent/);
    });

    it('refuses a second outcome', () => {
      spec.given([claimed, sent]).when({ type: 'RecordReminderFailed', attempts: 2, reason: 'x' }).thenThrows(RuleViolationError, /already recorded as sent/);
    });

    it('refuses attempts below one and an empty message id', () => {
      spec.given([claimed]).when({ type: 'RecordReminderSent', messageId: 'm', attempts: 0 }).thenThrows(InvalidInputError, /attempts must be/);
      spec.given([claimed]).when({ type: 'RecordReminderSent', messageId: ' ', attempts: 1 }).thenThrows(InvalidInputError, /messageId must not be empty/);
    });
  });
});
