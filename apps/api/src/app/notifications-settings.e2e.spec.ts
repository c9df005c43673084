import { PersonalDataVault } from '@ledger/event-store-core';
// The shared SMTP test server lives in tools/testing, beside the OpenID test provider; no Nx project owns it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SmtpTestServer, startSmtpServer } from '../../../../tools/testing/smtp-test-server';
import { TestLedger, startTestLedger } from '../testing/test-ledger';

/**
 * The Settings page's mail section over GraphQL (issue 15 part 4): `mailSettings` and
 * `sendTestMessage`, with a real SMTP server in this process that accepts every address but one.
 */
const Q = {
  send: 'mutation($to: String) { sendTestMessage(to: $to) { status to messageId attempts reason streamId } }',
  settings:
    'query { mailSettings { configured from smtpHost smtpPort secure digestTime publicUrl testMessageIntervalSeconds deliveries { sent failed pending lastSentAt lastFailure { at kind subject reason } } } }',
};
const PUBLIC_URL = 'https://ledger.example.gov.uk';
const REFUSED = 'nobody@example.gov.uk';

describe('mail settings and the test message on sqlite', () => {
  let smtp: SmtpTestServer;
  let ledger: TestLedger;
  const testMessageEvents = async (streamId?: string) =>
    (await ledger.stores.eventStore.readAll()).filter((event) => event.type.startsWith('TestMessage') && (!streamId || event.streamId === streamId));

  beforeAll(async () => {
    smtp = await startSmtpServer({ refuses: (address) => address === REFUSED });
    ledger = await startTestLedger('sqlite', {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Governance Ledger <ledger@example.gov.uk>',
      PUBLIC_URL,
      REMINDER_DIGEST_TIME: '23:59',
      MAIL_ATTEMPTS: 3,
      MAIL_RETRY_BASE_MS: 20,
    });
  }, 180_000);

  afterAll(async () => {
    await ledger?.close();
    await smtp?.close();
  });

  it('sends a test message to the administrator’s own address, in plain text and HTML, and records it with the address sealed', async () => {
    const admin = await ledger.userFor('ADMIN', 'ada.admin@example.gov.uk', 'Ada <Admin>');
    const result = await ledger.ok(Q.send, {}, admin.token);
    expect(result).toEqual({ status: 'SENT', to: admin.email, messageId: expect.any(String), attempts: 1, reason: null, streamId: expect.stringMatching(/^test-message-/) });

    const mail = await smtp.nextMessageTo(admin.email);
    expect(mail.subject).toBe('Test message from the Governance Ledger');
    expect(mail.from?.value[0].address).toBe('ledger@example.gov.uk');
    expect(mail.messageId).toBe(result.messageId);
    expect(mail.text).toContain('Ada <Admin> sent this test message');
    expect(mail.text).toContain(PUBLIC_URL);
    expect(mail.html).toContain('Ada &lt;Admin&gt; sent this test message');

    const recorded = await testMessageEvents(result.streamId);
    expect(recorded.map((event) => event.type)).toEqual(['TestMessageRequested', 'TestMessageSent']);
    expect(recorded[0].metadata.actorId).toBe(admin.id);
    expect(recorded[1].data).toEqual(expect.objectContaining({ recipientId: admin.id, subject: mail.subject, messageId: result.messageId, attempts: 1 }));
    // To whom, for auditors, but sealed with the recipient's key: never in clear in the log.
    const sealed = (recorded[0].data as { to: string }).to;
    expect(JSON.stringify(recorded.map((event) => event.data))).not.toContain(admin.email);
    expect(await ledger.app.get(PersonalDataVault).open(sealed)).toBe(admin.email);

    const settings = await ledger.ok(Q.settings, {}, admin.token);
    expect(settings).toEqual({
      configured: true,
      from: 'Governance Ledger <ledger@example.gov.uk>',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      secure: false,
      digestTime: '23:59',
      publicUrl: PUBLIC_URL,
      testMessageIntervalSeconds: 30,
      deliveries: { sent: 1, failed: 0, pending: 0, lastSentAt: expect.any(String), lastFailure: null },
    });
  });

  it('answers that the relay refused an address, after one try (a 5xx answer is final), and records the message as failed', async () => {
    const admin = await ledger.userFor('ADMIN');
    const result = await ledger.ok(Q.send, { to: ` ${REFUSED.toUpperCase()} ` }, admin.token);
    expect(result).toEqual(expect.objectContaining({ status: 'FAILED', to: REFUSED, messageId: null, attempts: 1, reason: expect.stringContaining('550') }));
    expect(smtp.messagesTo(REFUSED)).toEqual([]);

    const recorded = await testMessageEvents(result.streamId);
    expect(recorded.map((event) => event.type)).toEqual(['TestMessageRequested', 'TestMessageFailed']);
    // An address outside the ledger: no account, the address sealed with the message's own key.
    expect(recorded[1].data).toEqual(expect.objectContaining({ recipientId: null, attempts: 1, reason: result.reason }));
    expect(await ledger.app.get(PersonalDataVault).open((recorded[1].data as { to: string }).to)).toBe(REFUSED);

    const { deliveries } = await ledger.ok(Q.settings, {}, admin.token);
    expect(deliveries).toEqual(
      expect.objectContaining({ sent: 1, failed: 1, lastFailure: { at: expect.any(String), kind: 'TEST_MESSAGE', subject: 'Test message from the Governance Ledger', reason: result.reason } }),
    );
  });

  it('refuses an invalid address and records nothing', async () => {
    const admin = await ledger.userFor('ADMIN');
    for (const to of ['not-an-address', 'one@example.org, two@example.org']) {
      const answer = await ledger.refused('BAD_USER_INPUT', Q.send, { to }, admin.token);
      expect(answer.errors?.[0].message).toContain('is not a valid email address');
    }
    // Refused input did not count against the limit.
    expect((await ledger.ok(Q.send, { to: 'it-ops@example.org' }, admin.token)).status).toBe('SENT');
  });

  it('sends one test message per administrator every 30 seconds', async () => {
    const admin = await ledger.userFor('ADMIN');
    const other = await ledger.userFor('ADMIN');
    expect((await ledger.ok(Q.send, { to: 'it-ops@example.org' }, admin.token)).status).toBe('SENT');
    const before = smtp.messages.length;
    const answer = await ledger.refused('TOO_MANY_REQUESTS', Q.send, { to: 'it-ops@example.org' }, admin.token);
    expect(answer.errors?.[0].message).toMatch(/One test message every 30 seconds: try again in \d+ s/);
    expect(smtp.messages.length).toBe(before);
    // Another administrator has their own allowance.
    expect((await ledger.ok(Q.send, {}, other.token)).status).toBe('SENT');
  });

  it('is for administrators only', async () => {
    for (const role of ['AUDITOR', 'HR_LEAD', 'STAFF'] as const) {
      const token = await ledger.tokenFor(role);
      await ledger.refused('FORBIDDEN', Q.send, {}, token);
      expect((await ledger.gql(Q.settings, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('without SMTP_URL says mail is not configured and records nothing; the settings say so', async () => {
    ledger = await ledger.restart({ SMTP_URL: undefined, MAIL_FROM: undefined });
    const admin = await ledger.adminToken();
    const before = smtp.messages.length;
    const answer = await ledger.refused('RULE_VIOLATION', Q.send, {}, admin);
    expect(answer.errors?.[0].message).toMatch(/Mail is not configured: set SMTP_URL and MAIL_FROM/);
    expect(smtp.messages.length).toBe(before);
    expect(await ledger.ok(Q.settings, {}, admin)).toEqual(
      expect.objectContaining({ configured: false, from: null, smtpHost: null, smtpPort: null, digestTime: null, publicUrl: null, deliveries: expect.objectContaining({ sent: 4 }) }),
    );
  });
});
