import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The shared SMTP test server lives in tools/testing, beside the OpenID test provider; no Nx project owns it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SmtpTestServer, deadPort, startSmtpServer } from '../../../../tools/testing/smtp-test-server';
import { DailyDigest, DecisionRequests, DigestSchedule } from '@ledger/notifications-api';
import { decisionReminderStreamId, digestReminderStreamId } from '@ledger/notifications-domain';
import { TestLedger, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday, ukToday } from '../testing/uk-dates';

/**
 * Reminders by email (issue 15, ADR 0031), delivered to a real SMTP server in this process and read
 * back with a real MIME parser. One ledger on SQLite: a committee member told of a review awaiting
 * their decision, staff with overdue training in the daily digest, preferences that turn each off,
 * one digest however many runs, a relay that is down, and no mail at all without SMTP_URL.
 */
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  setPreferences: 'mutation($input: ReminderPreferencesInput!) { setMyReminderPreferences(input: $input) { dailyDigest decisionRequests mailEnabled } }',
  preferences: 'query { myReminderPreferences { dailyDigest decisionRequests mailEnabled } }',
};

const PUBLIC_URL = 'https://ledger.example.gov.uk';

describe('reminders by email on sqlite', () => {
  let smtp: SmtpTestServer;
  let ledger: TestLedger;
  const users = {} as Record<'cara' | 'dev' | 'sam' | 'eve', { id: string; email: string; token: string }>;

  const ok = (query: string, variables: Record<string, unknown>, token: string) => ledger.ok(query, variables, token);
  let leadToken: string;
  /** A new procurement with its strategy review requested. */
  const requestReview = async (title: string): Promise<{ procurementId: string; reviewId: string }> => {
    const registered = (await ok(Q.register, { input: { title, estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } }, leadToken))
      .id as string;
    const reviewId = (await ok(Q.request, { input: { procurementId: registered, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Papers attached' } }, leadToken))
      .id as string;
    return { procurementId: registered, reviewId };
  };
  const reminderEvents = async () => (await ledger.stores.eventStore.readAll()).filter((event) => event.type.startsWith('Reminder'));
  const mailTo = (email: string) => smtp.messagesTo(email);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ledger = await startTestLedger('sqlite', {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Governance Ledger <ledger@example.gov.uk>',
      PUBLIC_URL,
      // Late enough that the server's own daily run does not fire during the test; the schedule is tried by its tick.
      REMINDER_DIGEST_TIME: '23:59',
      MAIL_ATTEMPTS: 3,
      MAIL_RETRY_BASE_MS: 20,
    });
    const admin = await ledger.adminToken();
    const staffIds: Record<string, string> = {};
    for (const [key, displayName] of Object.entries({ cara: 'Cara Jones', dev: 'Dev Shah', sam: 'Sam Patel', eve: 'Eve Wood' })) {
      staffIds[key] = (
        await ok(Q.staff, { input: { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Officer', department: 'Corporate Services' } }, admin)
      ).id;
    }
    users.cara = await ledger.userFor('COMMITTEE_MEMBER', 'cara@example.gov.uk', 'Cara Jones');
    users.dev = await ledger.userFor('COMMITTEE_MEMBER', 'dev@example.gov.uk', 'Dev Shah');
    users.sam = await ledger.userFor('STAFF', 'sam@example.gov.uk', 'Sam Patel');
    users.eve = await ledger.userFor('STAFF', 'eve@example.gov.uk', 'Eve Wood');
    leadToken = await ledger.tokenFor('PROCUREMENT_LEAD', 'lee.lead@example.gov.uk');

    const hr = await ledger.tokenFor('HR_LEAD', 'hana.hr@example.gov.uk');
    const competency = (
      await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['0', '1', '2', '3', '4'] } }, hr)
    ).id;
    const course = (
      await ok(Q.addCourse, { input: { title: 'Contract <Management> & Refresher', provider: 'GCC', competencyIds: [competency], validityMonths: 12 } }, hr)
    ).id;
    for (const who of ['sam', 'eve']) {
      await ok(Q.plan, { input: { staffMemberId: staffIds[who], courseId: course, plannedFor: ukDaysFromToday(-5), reason: 'Gap' } }, hr);
    }
  }, 180_000);

  afterAll(async () => {
    await ledger?.close();
    await smtp?.close();
  });

  it('tells a committee member at once that a review awaits their decision, with a link and escaped HTML, and records it', async () => {
    // Dev turns decision requests off: he is on the committee too, but is not written to.
    expect(await ok(Q.setPreferences, { input: { dailyDigest: true, decisionRequests: false } }, users.dev.token)).toEqual({
      dailyDigest: true,
      decisionRequests: false,
      mailEnabled: true,
    });
    const { reviewId, procurementId } = await requestReview('Roads <b>& bridges</b>');
    await ledger.app.get(DecisionRequests).settled();

    const [mail, ...more] = mailTo(users.cara.email);
    expect(more).toEqual([]);
    expect(mail.subject).toContain('Decision awaited');
    expect(mail.subject).toContain('Roads <b>& bridges</b>');
    expect(mail.from?.value[0].address).toBe('ledger@example.gov.uk');
    expect(mail.text).toContain(`${PUBLIC_URL}/gateway/${procurementId}`);
    expect(mail.html).toContain('Roads &lt;b&gt;&amp; bridges&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>&');
    expect(mailTo(users.dev.email)).toEqual([]);
    // Staff who do not decide are not told.
    expect(mailTo(users.sam.email)).toEqual([]);

    const recorded = (await reminderEvents()).filter((event) => event.streamId === decisionReminderStreamId(reviewId, users.cara.id));
    expect(recorded.map((event) => event.type)).toEqual(['ReminderClaimed', 'ReminderSent']);
    expect(recorded[1].data).toEqual(
      expect.objectContaining({ kind: 'DECISION_REQUEST', recipientId: users.cara.id, subject: mail.subject, messageId: mail.messageId, attempts: 1 }),
    );
    // Who was told, not what they were told: no address, no body.
    expect(JSON.stringify(recorded.map((event) => event.data))).not.toContain('cara@example.gov.uk');
  });

  it('sends the daily digest of a person’s overdue items, unless they turned it off', async () => {
    await ok(Q.setPreferences, { input: { dailyDigest: false, decisionRequests: true } }, users.eve.token);
    const sent = await ledger.app.get(DailyDigest).run(new Date());
    expect(sent.find((digest) => digest.userId === users.sam.id)).toEqual(expect.objectContaining({ outcome: 'SENT', overdue: 1 }));

    const [digest, ...more] = mailTo(users.sam.email);
    expect(more).toEqual([]);
    expect(digest.subject).toMatch(/^Governance reminders for .*: 1 to do, 1 overdue$/);
    expect(digest.text).toContain('Overdue: Your “Contract <Management> & Refresher”');
    expect(digest.text).toContain(`${PUBLIC_URL}/workforce/training-register`);
    expect(digest.html).toContain('Contract &lt;Management&gt; &amp; Refresher');
    expect(mailTo(users.eve.email)).toEqual([]);
    expect(sent.some((d) => d.userId === users.eve.id)).toBe(false);

    const recorded = (await reminderEvents()).filter((event) => event.streamId === digestReminderStreamId(users.sam.id, ukToday()));
    expect(recorded.map((event) => event.type)).toEqual(['ReminderClaimed', 'ReminderSent']);
  });

  it('sends one digest a person a day however many runs race for it, and the daily timer sends none again', async () => {
    const before = smtp.messages.length;
    const runs = await Promise.all([ledger.app.get(DailyDigest).run(new Date()), ledger.app.get(DailyDigest).run(new Date())]);
    expect(runs.flat().every((digest) => digest.outcome === 'ALREADY_CLAIMED')).toBe(true);
    // The server's own run at REMINDER_DIGEST_TIME finds today's digests claimed too.
    await ledger.app.get(DigestSchedule).tick(new Date(`${ukToday()}T23:59:30Z`));
    expect(smtp.messages.length).toBe(before);
    expect(mailTo(users.sam.email)).toHaveLength(1);
  });

  it('dry-runs the digest: says who would receive what, sends and records nothing', async () => {
    const before = { mail: smtp.messages.length, head: await ledger.head() };
    const planned = await ledger.app.get(DailyDigest).run(new Date(Date.now() + 86_400_000), { dryRun: true });
    const sams = planned.find((digest) => digest.userId === users.sam.id);
    expect(sams).toEqual(expect.objectContaining({ email: users.sam.email, overdue: 1 }));
    expect(sams).not.toHaveProperty('outcome');
    expect(smtp.messages.length).toBe(before.mail);
    expect(await ledger.head()).toBe(before.head);
  });

  it('tells the deciders of a review requested while no server sent mail, once one starts again', async () => {
    ledger = await ledger.restart({ SMTP_URL: undefined, MAIL_FROM: undefined });
    const { reviewId } = await requestReview('Waste collection');
    // Back with mail: the requests carry on from where the last server left them, not from the head.
    const withMail = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Governance Ledger <ledger@example.gov.uk>' };
    ledger = await ledger.restart(withMail);
    await ledger.app.get(DecisionRequests).settled();
    const told = mailTo(users.cara.email).filter((mail) => mail.subject?.includes('Waste collection'));
    expect(told).toHaveLength(1);
    const recorded = (await reminderEvents()).filter((event) => event.streamId === decisionReminderStreamId(reviewId, users.cara.id));
    expect(recorded.map((event) => event.type)).toEqual(['ReminderClaimed', 'ReminderSent']);
    // A further restart sends it no second time.
    ledger = await ledger.restart(withMail);
    await ledger.app.get(DecisionRequests).settled();
    expect(mailTo(users.cara.email).filter((mail) => mail.subject?.includes('Waste collection'))).toHaveLength(1);
  });

  it('retries when the relay is down, then records the message as failed; the command is acknowledged at once', async () => {
    ledger = await ledger.restart({ SMTP_URL: `smtp://127.0.0.1:${await deadPort()}` });
    const before = smtp.messages.length;
    const started = Date.now();
    const { reviewId } = await requestReview('Street lighting');
    // The request did not wait for the relay (three attempts with back-off happen afterwards).
    expect(Date.now() - started).toBeLessThan(10_000);
    await ledger.app.get(DecisionRequests).settled();
    const recorded = (await reminderEvents()).filter((event) => event.streamId === decisionReminderStreamId(reviewId, users.cara.id));
    expect(recorded.map((event) => event.type)).toEqual(['ReminderClaimed', 'ReminderFailed']);
    expect(recorded[1].data).toEqual(expect.objectContaining({ attempts: 3, reason: expect.stringMatching(/ECONNREFUSED|ECONNECTION/) }));
    expect(JSON.stringify(recorded[1].data)).not.toContain('smtp://');
    expect(smtp.messages.length).toBe(before);
  });

  it('on close, a message waiting to retry gives up at once and is recorded as failed; nobody further is claimed', async () => {
    ledger = await ledger.restart({ SMTP_URL: `smtp://127.0.0.1:${await deadPort()}`, MAIL_RETRY_BASE_MS: 600_000 });
    const { reviewId } = await requestReview('Parks and open spaces');
    const ofThisReview = async () => (await reminderEvents()).filter((event) => event.streamId.startsWith(`reminder-decision-${reviewId}-`));
    for (let i = 0; i < 200 && (await ofThisReview()).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    ledger = await ledger.restart({ SMTP_URL: undefined, MAIL_FROM: undefined });
    // A ten-minute back-off did not hold the server open.
    expect(Date.now() - started).toBeLessThan(15_000);
    const recorded = await ofThisReview();
    expect(recorded.map((event) => event.type)).toEqual(['ReminderClaimed', 'ReminderFailed']);
    expect(recorded[1].data).toEqual(expect.objectContaining({ reason: expect.stringContaining('server stopped') }));
  });

  it('without SMTP_URL sends nothing and runs none of the mail side; preferences still answer', async () => {
    ledger = await ledger.restart({ SMTP_URL: undefined, MAIL_FROM: undefined });
    const before = { mail: smtp.messages.length, reminders: (await reminderEvents()).length };
    // No transport, no log follower, no timer: none of them is even a provider.
    const providers = [
      ...(ledger.app as unknown as { container: { getModules(): Map<string, { providers: Map<unknown, unknown> }> } }).container.getModules().values(),
    ]
      .flatMap((module) => [...module.providers.keys()])
      .map((token) => (typeof token === 'function' ? token.name : String(token)));
    expect(providers).toContain('DailyDigest');
    expect(providers.filter((name) => ['Mailer', 'ReminderDeliveries', 'DecisionRequests', 'DigestSchedule'].includes(name))).toEqual([]);
    await requestReview('Library refit');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ok(Q.preferences, {}, users.cara.token)).toEqual({ dailyDigest: true, decisionRequests: true, mailEnabled: false });
    await expect(ledger.app.get(DailyDigest).run(new Date())).rejects.toThrow(/SMTP_URL/);
    expect(smtp.messages.length).toBe(before.mail);
    expect((await reminderEvents()).length).toBe(before.reminders);
  });
});

describe('reminders by email from two instances on one PostgreSQL schema', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'ledger-reminders-keys-'));
  let smtp: SmtpTestServer;
  let first: TestLedger;
  let second: TestLedger;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const shared = {
      POSTGRES_SCHEMA: `e2e_${randomBytes(5).toString('hex')}`,
      LEDGER_KEYS_DIR: keysDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'ledger@example.gov.uk',
      PUBLIC_URL,
      REMINDER_DIGEST_TIME: '23:59',
    };
    first = await startTestLedger('postgres', shared);
    second = await startTestLedger('postgres', shared);
  }, 180_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await smtp?.close();
    rmSync(keysDir, { recursive: true, force: true });
  });

  it('sends a decision request and a day’s digest once between them', async () => {
    const admin = await first.adminToken();
    await first.ok(
      Q.staff,
      { input: { displayName: 'Cara Jones', email: 'cara@example.gov.uk', jobTitle: 'Officer', department: 'Corporate Services' } },
      admin,
    );
    const cara = await first.userFor('COMMITTEE_MEMBER', 'cara@example.gov.uk', 'Cara Jones');
    const lead = await first.tokenFor('PROCUREMENT_LEAD', 'lee.lead@example.gov.uk');
    const procurementId = (
      await first.ok(Q.register, { input: { title: 'Fleet renewal', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } }, lead)
    ).id;
    await first.ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Papers attached' } }, lead);
    await Promise.all([first.app.get(DecisionRequests).settled(), second.app.get(DecisionRequests).settled()]);
    const toCara = () => smtp.messagesTo(cara.email);
    expect(toCara().map((mail) => mail.subject)).toEqual([expect.stringContaining('Decision awaited')]);

    const runs = await Promise.all([first.app.get(DailyDigest).run(new Date()), second.app.get(DailyDigest).run(new Date())]);
    const caras = runs.flat().filter((digest) => digest.userId === cara.id);
    expect(caras.map((digest) => digest.outcome).sort()).toEqual(['ALREADY_CLAIMED', 'SENT']);
    expect(toCara().map((mail) => mail.subject)).toEqual([expect.stringContaining('Decision awaited'), expect.stringMatching(/^Governance reminders for /)]);
    const claims = (await second.stores.eventStore.readAll()).filter(
      (event) => event.type === 'ReminderClaimed' && (event.data as { recipientId: string }).recipientId === cara.id,
    );
    expect(claims).toHaveLength(2);
  });
});
