import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { RequestTestMessage, TestMessageEvent, testMessageDecider } from './test-message';

const now = new Date('2026-11-30T10:00:00Z');
const spec = DeciderSpecification(testMessageDecider, { now, actorId: 'admin-1', actorRoles: ['ADMIN'] });

const SEALED = 'pii:v1:admin-1:iv:tag:ciphertext';
const request = (overrides: Partial<RequestTestMessage> = {}): RequestTestMessage => ({
  type: 'RequestTestMessage',
  to: 'Admin@Example.gov.uk',
  subject: ' Test message from the Governance Ledger ',
  sealedTo: SEALED,
  recipientId: 'admin-1',
  ...overrides,
});
const recipient = { recipientId: 'admin-1', to: SEALED, subject: 'Test message from the Governance Ledger' };
const requested: TestMessageEvent = { type: 'TestMessageRequested', data: recipient };
const sent: TestMessageEvent = { type: 'TestMessageSent', data: { ...recipient, messageId: '<t1@ledger>', attempts: 1, sentAt: now.toISOString() } };

describe('test message decider', () => {
  describe('requesting a test message', () => {
    it('records the request: to whom (sealed, and the account when there is one) and the subject', () => {
      spec.given([]).when(request()).then([requested]);
    });

    it('records a message to an address outside the ledger with no account', () => {
      spec
        .given([])
        .when(request({ to: 'it-ops@example.org', recipientId: null }))
        .then([{ type: 'TestMessageRequested', data: { ...recipient, recipientId: null } }]);
    });

    it('refuses an address that is not one valid address', () => {
      for (const to of ['', 'not-an-address', 'a@b', 'one@example.org, two@example.org', 'a b@example.org']) {
        spec.given([]).when(request({ to })).thenThrows(InvalidInputError, /is not a valid email address/);
      }
    });

    it('refuses an empty or overlong subject', () => {
      spec.given([]).when(request({ subject: '  ' })).thenThrows(InvalidInputError, /subject must not be empty/);
      spec
        .given([])
        .when(request({ subject: 'x'.repeat(251) }))
        .thenThrows(InvalidInputError, /subject must be at most 250/);
    });

    it('refuses to record an address that was not sealed', () => {
      spec.given([]).when(request({ sealedTo: '' })).thenThrows(InvalidInputError, /sealed/);
    });

    it('refuses a second request on the same message, so each request sends one message', () => {
      spec.given([requested]).when(request()).thenThrows(RuleViolationError, /already sent/);
    });
  });

  describe('recording the outcome', () => {
    it('records the message sent, with the relay’s message id and the attempts it took', () => {
      spec.given([requested]).when({ type: 'RecordTestMessageSent', messageId: ' <t1@ledger> ', attempts: 1 }).then([sent]);
    });

    it('records the message refused, with the relay’s answer', () => {
      spec
        .given([requested])
        .when({ type: 'RecordTestMessageFailed', attempts: 1, reason: ' EENVELOPE: 550 5.1.1 Mailbox unavailable ' })
        .then([{ type: 'TestMessageFailed', data: { ...recipient, attempts: 1, reason: 'EENVELOPE: 550 5.1.1 Mailbox unavailable', failedAt: now.toISOString() } }]);
    });

    it('refuses an outcome for a message never requested', () => {
      spec.given([]).when({ type: 'RecordTestMessageSent', messageId: 'm', attempts: 1 }).thenThrows(RuleViolationError, /requested before it is sent/);
    });

    it('refuses a second outcome', () => {
      spec.given([requested, sent]).when({ type: 'RecordTestMessageFailed', attempts: 1, reason: 'x' }).thenThrows(RuleViolationError, /already recorded as sent/);
    });

    it('refuses attempts below one and an empty message id', () => {
      spec.given([requested]).when({ type: 'RecordTestMessageSent', messageId: 'm', attempts: 0 }).thenThrows(InvalidInputError, /attempts must be/);
      spec.given([requested]).when({ type: 'RecordTestMessageSent', messageId: ' ', attempts: 1 }).thenThrows(InvalidInputError, /messageId must not be empty/);
    });
  });
});
