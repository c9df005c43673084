import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { emptySnapshot, eventsFrom, recordedEvent, snapshot, subjects } from '../../../testing/audit-fixtures';
import {
  ADMIN_USER,
  AUDITOR_USER,
  HR_LEAD_USER,
  PROCUREMENT_LEAD_USER,
  STAFF_USER,
  StubbedAnswer,
  queueAnswers,
  sentRequest,
  sentRequests,
} from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';

const URL = '/audit';
const SUBJECTS = { data: subjects() };
const page$ = (answers: StubbedAnswer[] = [SUBJECTS]) => PageHarness.open(URL, AUDITOR_USER, ...answers);
const history = (events = eventsFrom(1, 2), nextFrom: string | null = null) => ({ data: { decisionHistory: { events, nextFrom } } });
const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
const rowsIn = (page: PageHarness, section: string) => page.all(`section[aria-labelledby=${section}-title] tbody tr`);
const lastRequest = (page: PageHarness) => sentRequest(page.fetch, page.fetch.mock.calls.length - 1);

describe('AuditPage', () => {
  describe('for someone who is not an auditor', () => {
    it.each([
      ['staff', STAFF_USER],
      ['an HR lead', HR_LEAD_USER],
      ['a procurement lead', PROCUREMENT_LEAD_USER],
    ])('explains to %s that the page is for auditors and administrators, and asks the API nothing', async (_who, user) => {
      const page = await PageHarness.open(URL, user);

      expect(page.text('h1')).toBe('Audit');
      expect(page.text('[role=note]')).toContain('This page is for auditors and administrators');
      expect(page.all('form')).toHaveLength(0);
      expect(page.all('main button')).toHaveLength(0);
      expect(sentRequests(page.fetch).map((r) => r.query)).toEqual([expect.stringContaining('me')]);
    });
  });

  it.each([
    ['an auditor', AUDITOR_USER],
    ['an admin', ADMIN_USER],
  ])('gives %s the four parts, and loads only the procurements, people and users to pick and name', async (_who, user) => {
    const page = await PageHarness.open(URL, user, SUBJECTS);

    expect(page.all('h2').map((h) => h.textContent?.trim())).toEqual([
      'Verify the record',
      'Decision history',
      'Timelines',
      'All registers as at',
    ]);
    expect(page.all('[role=note]')).toHaveLength(0);
    expect(sentRequests(page.fetch)).toHaveLength(2);
    expect(sentRequest(page.fetch, 1).query).toBe(
      'query AuditSubjects { procurements { id title } staffMembers { id displayName jobTitle erased } users { id displayName erased } eventTypes }',
    );
  });

  describe('Verify the record', () => {
    const KEY_ID = '3f2a9c0d1e4b5a67';
    const verification = (overrides: object = {}) => ({
      data: {
        verifyAuditChain: {
          ok: true,
          eventsChecked: 115,
          firstBrokenPosition: null,
          reason: null,
          checkedAt: '2026-03-01T10:00:00.000Z',
          checkpointsChecked: 3,
          eventsAfterLatestCheckpoint: 5,
          latestCheckpoint: { treeSize: 110, signedAt: '2026-03-01T09:00:00.000Z', keyId: KEY_ID },
          ...overrides,
        },
      },
    });
    const signed = (recorded: boolean, treeSize = 115) => ({
      data: { signLogCheckpoint: { recorded, treeSize, signedAt: '2026-03-01T10:05:00.000Z', keyId: KEY_ID } },
    });

    it('explains what the hash chains and the signed checkpoints each catch', async () => {
      const page = await page$();

      const explanation = page.text('section[aria-labelledby=verify-title] gl-verify-panel > p');
      expect(explanation).toContain('an event altered or removed by accident breaks the chain');
      expect(explanation).toContain('rewrites the log and recomputes the hashes is caught by the signed checkpoints');
      expect(explanation).toContain('signed with a key the database does not hold');
    });

    it('says the chain is intact, how many checkpoints check out and what the newest leaves uncovered', async () => {
      const page = await page$();
      queueAnswers(verification());

      await page.click('Verify the record');

      expect(lastRequest(page).query).toBe(
        'query VerifyAuditChain { verifyAuditChain { ok eventsChecked firstBrokenPosition reason checkedAt checkpointsChecked eventsAfterLatestCheckpoint latestCheckpoint { treeSize signedAt keyId } } }',
      );
      expect(page.text('[data-verified=intact]')).toBe('115 events checked, the chain is intact. Checked 1 March 2026 at 10:00.');
      expect(page.text('[data-checkpoints=checked]')).toBe(
        `3 signed checkpoints check out; the newest covers 110 events, signed 1 March 2026 at 09:00 (key ${KEY_ID}).`,
      );
      expect(page.text('[data-checkpoints=since]')).toBe(
        '5 events recorded since, covered by the hash chains only until the next checkpoint.',
      );
      expect(page.one('[data-verified=intact]').closest('[role=status]')).not.toBeNull();
      expect(page.one('[data-checkpoints=since]').closest('[role=status]')).not.toBeNull();
      expect(page.all('[data-checkpoints=none]')).toHaveLength(0);
      expect(page.all('[role=alert]')).toHaveLength(0);
    });

    it('says when the newest checkpoint covers the whole log, in the singular', async () => {
      const page = await page$();
      queueAnswers(
        verification({
          eventsChecked: 1,
          checkpointsChecked: 1,
          eventsAfterLatestCheckpoint: 0,
          latestCheckpoint: { treeSize: 1, signedAt: '2026-03-01T09:00:00.000Z', keyId: KEY_ID },
        }),
      );

      await page.click('Verify the record');

      expect(page.text('[data-checkpoints=checked]')).toBe(
        `1 signed checkpoint checks out; the newest covers 1 event, signed 1 March 2026 at 09:00 (key ${KEY_ID}).`,
      );
      expect(page.text('[data-checkpoints=since]')).toBe('Nothing recorded since: the newest checkpoint covers the whole log.');
    });

    it('warns that nothing signed protects the record when no checkpoint was signed yet', async () => {
      const page = await page$();
      queueAnswers(verification({ checkpointsChecked: 0, eventsAfterLatestCheckpoint: 115, latestCheckpoint: null }));

      await page.click('Verify the record');

      expect(page.text('[data-verified=intact]')).toBe('115 events checked, the chain is intact. Checked 1 March 2026 at 10:00.');
      expect(page.text('[data-checkpoints=none]')).toBe(
        'Nothing signed protects the record yet. No checkpoint has been signed, so a rewrite whose hashes were recomputed would verify as intact. Sign a checkpoint now.',
      );
      expect(page.one('[data-checkpoints=none]').closest('[role=status]')).not.toBeNull();
      expect(page.all('[data-checkpoints=checked], [data-checkpoints=since]')).toHaveLength(0);
    });

    it('names the first broken position and the reason, as an alert', async () => {
      const page = await page$();
      queueAnswers(
        verification({
          ok: false,
          eventsChecked: 42,
          firstBrokenPosition: '42',
          reason: 'The hash of position 42 does not match its content',
          checkpointsChecked: 0,
          eventsAfterLatestCheckpoint: 42,
          latestCheckpoint: null,
        }),
      );

      await page.click('Verify the record');

      const alert = page.one('[role=alert][data-verified=broken]');
      expect([...alert.querySelectorAll('p')].map((p) => p.textContent?.trim())).toEqual([
        'The chain is broken at position 42.',
        'The hash of position 42 does not match its content',
        '42 events checked; checked 1 March 2026 at 10:00.',
      ]);
      expect(page.all('[data-verified=intact]')).toHaveLength(0);
      expect(page.all('[data-checkpoints]')).toHaveLength(0);
    });

    it('names the event a checkpoint caught rewritten, although its hashes check out', async () => {
      const page = await page$();
      const reason =
        'event 12 of the log no longer matches the checkpoint signed at 2026-03-01T09:00:00.000Z (key 3f2a9c0d1e4b5a67): it was rewritten after it was signed, even though its hashes check out';
      queueAnswers(verification({ ok: false, firstBrokenPosition: '12', reason, checkpointsChecked: 1 }));

      await page.click('Verify the record');

      const alert = page.one('[role=alert][data-verified=broken]');
      expect([...alert.querySelectorAll('p')].map((p) => p.textContent?.trim())).toEqual([
        'The chain is broken at position 12.',
        reason,
        '115 events checked; checked 1 March 2026 at 10:00.',
      ]);
      expect(page.all('[data-verified=intact], [data-checkpoints]')).toHaveLength(0);
    });

    it('says why the record could not be verified, with the code', async () => {
      const page = await page$();
      queueAnswers({ errors: [{ message: 'This needs one of the roles AUDITOR, ADMIN', extensions: { code: 'FORBIDDEN' } }] });

      await page.click('Verify the record');

      expect(page.text('[role=alert] strong')).toBe('The record could not be verified');
      expect(page.text('[role=alert] .detail')).toBe('This needs one of the roles Auditor, Admin (FORBIDDEN)');
    });

    it('signs a checkpoint on demand, and drops the verification it makes out of date', async () => {
      const page = await page$();
      queueAnswers(verification({ checkpointsChecked: 0, eventsAfterLatestCheckpoint: 115, latestCheckpoint: null }), signed(true));
      await page.click('Verify the record');

      await page.click('Sign a checkpoint now');

      expect(lastRequest(page).query).toBe('mutation SignLogCheckpoint { signLogCheckpoint { recorded treeSize signedAt keyId } }');
      expect(page.text('[data-signed=recorded]')).toBe(
        `Signed a checkpoint of 115 events (key ${KEY_ID}). The whole log verified before it was signed.`,
      );
      expect(page.one('[data-signed=recorded]').closest('[role=status]')).not.toBeNull();
      expect(page.all('[data-verified], [data-checkpoints]')).toHaveLength(0);
      expect(page.all('[role=alert]')).toHaveLength(0);
    });

    it('says when nothing was recorded since the newest checkpoint, which it keeps', async () => {
      const page = await page$();
      queueAnswers(verification({ eventsAfterLatestCheckpoint: 0 }), signed(false, 110));
      await page.click('Verify the record');

      await page.click('Sign a checkpoint now');

      expect(page.text('[data-signed=unchanged]')).toBe(
        `Nothing new since the checkpoint of 110 events, signed 1 March 2026 at 10:05 (key ${KEY_ID}): it still covers the whole log.`,
      );
      expect(page.all('[data-signed=recorded]')).toHaveLength(0);
      expect(page.all('[data-verified=intact]')).toHaveLength(1);
    });

    it('shows the API’s refusal to sign a log that does not verify, with the code', async () => {
      const page = await page$();
      const message = 'The log does not verify, so no checkpoint was signed: position 12: event 12 of the log no longer matches';
      queueAnswers({ errors: [{ message, extensions: { code: 'RULE_VIOLATION' } }] });

      await page.click('Sign a checkpoint now');

      const alert = page.one('.checkpoint [role=alert]');
      expect(alert.getAttribute('data-code')).toBe('RULE_VIOLATION');
      expect(alert.querySelector('strong')?.textContent).toBe('No checkpoint was signed');
      expect(alert.querySelector('.detail')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(message);
      expect(page.all('[data-signed]')).toHaveLength(0);
      expect(page.hasButton('Sign a checkpoint now')).toBe(true);
    });

    it('shows the public key for auditors when the disclosure is opened, asking once', async () => {
      const page = await page$();
      const pem = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAq3Y1Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eA==\n-----END PUBLIC KEY-----\n';
      queueAnswers({ data: { logCheckpointPublicKey: pem } });
      const disclosure = page.one<HTMLDetailsElement>('details.public-key');
      expect(disclosure.querySelector('summary')?.textContent?.trim()).toBe('Public key for auditors');
      expect(sentRequests(page.fetch)).toHaveLength(2);

      disclosure.querySelector('summary')?.click();
      await page.settle();

      expect(lastRequest(page).query).toBe('query LogCheckpointPublicKey { logCheckpointPublicKey }');
      expect(page.one('details.public-key pre[data-public-key]').textContent).toBe(pem);
      expect(page.text('details.public-key > p')).toContain('together with a file from ledger checkpoint export');

      disclosure.querySelector('summary')?.click();
      await page.settle();
      disclosure.querySelector('summary')?.click();
      await page.settle();
      expect(sentRequests(page.fetch)).toHaveLength(3);
    });
  });

  describe('Decision history', () => {
    it('sends the filters as the query’s variables and captions the table with them', async () => {
      const page = await page$();
      queueAnswers(history());

      page.fill('Context', 'procurement-');
      page.field('GatewayDecisionRecorded').click();
      page.field('PostFilled').click();
      page.fill('Actor (optional)', 'user-1');
      page.fill('Since (optional)', '2026-01-01T09:00');
      page.fill('Until (optional)', '2026-02-01T17:30');
      page.fill('Events per page', '0: 10');
      await page.submit('Filter the history');

      const sent = lastRequest(page);
      expect(sent.query).toContain('decisionHistory(');
      expect(sent.variables).toEqual({
        streamPrefix: 'procurement-',
        types: ['GatewayDecisionRecorded', 'PostFilled'],
        actorId: 'user-1',
        since: new Date('2026-01-01T09:00').toISOString(),
        until: new Date('2026-02-01T17:30').toISOString(),
        limit: 10,
        from: null,
      });
      expect(page.text('section[aria-labelledby=history-title] caption')).toBe(
        'Decision history: Procurements; types GatewayDecisionRecorded, PostFilled; actor Alex Reid; since 1 January 2026 at 09:00; until 1 February 2026 at 17:30',
      );
    });

    it('offers the event types the API lists as boxes to tick, and asks newest first on request', async () => {
      const page = await page$();
      expect(page.all<HTMLInputElement>('.type-list input[type=checkbox]').map((box) => box.id)).toEqual([
        'history-type-GatewayDecisionRecorded',
        'history-type-PostFilled',
        'history-type-ProcurementRegistered',
      ]);
      page.field('PostFilled').click();
      page.field('Newest first').click();
      queueAnswers(history(eventsFrom(9, 2).reverse(), '7'));
      await page.submit('Filter the history');

      expect(lastRequest(page).variables).toEqual({ types: ['PostFilled'], limit: 25, newestFirst: true, from: null });
      expect(page.text('section[aria-labelledby=history-title] caption')).toBe('Decision history: type PostFilled; newest first');
      expect(rowsIn(page, 'history').map((row) => row.getAttribute('data-position'))).toEqual(['10', '9']);
      queueAnswers(history(eventsFrom(6, 2).reverse(), null));
      await page.click('Load more');
      expect(lastRequest(page).variables).toEqual({ types: ['PostFilled'], limit: 25, newestFirst: true, from: '7' });
      expect(rowsIn(page, 'history').map((row) => row.getAttribute('data-position'))).toEqual(['10', '9', '7', '6']);

      await page.click('Clear the event types');
      expect(page.all<HTMLInputElement>('.type-list input:checked')).toHaveLength(0);
    });

    it('links each subject to its page and names the actor as the API does', async () => {
      const page = await page$();
      queueAnswers(
        history([
          recordedEvent({ position: '5', actorId: 'user-7', actorName: 'Erased person' }),
          recordedEvent({ position: '6', streamId: 'contract-c1', type: 'KpiAdded', data: '{"name":"Repairs on time"}' }),
          recordedEvent({ position: '7', streamId: 'lesson-l1', type: 'LessonActionClosed', data: '{}' }),
          recordedEvent({ position: '8', streamId: 'log-checkpoints', type: 'LogCheckpointSigned', data: '{"treeSize":7}' }),
        ]),
      );
      await page.submit('Filter the history');

      const links = page.all<HTMLAnchorElement>('section[aria-labelledby=history-title] td.subject a');
      expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
        ['Highways maintenance', '/gateway/proc-1'],
        ['The contract', '/contracts/c1'],
        ['The lesson', '/lessons#lesson-l1'],
      ]);
      expect(page.all('[data-sentence]').map((cell) => cell.textContent?.trim())).toEqual([
        'Erased person registered the procurement “Highways maintenance” at £250,000.',
        'Alex Reid added the KPI “Repairs on time” to a contract.',
        'Alex Reid closed an action from a lesson.',
        'Alex Reid signed a checkpoint of the log’s first 7 events.',
      ]);
    });

    it('keeps the as-at instant on a subject’s link, as every link in the admin does', async () => {
      const page = await PageHarness.open(`${URL}?asAt=2026-01-31T12:00:00.000Z`, AUDITOR_USER, SUBJECTS);
      queueAnswers(history([recordedEvent({ position: '5' })]));
      await page.submit('Filter the history');

      expect(page.one('td.subject a').getAttribute('href')).toBe('/gateway/proc-1?asAt=2026-01-31T12:00:00.000Z');
    });

    it('asks for every context, 25 a page, when nothing is filtered', async () => {
      const page = await page$();
      queueAnswers(history());

      await page.submit('Filter the history');

      expect(lastRequest(page).variables).toEqual({ limit: 25, from: null });
      expect(page.text('section[aria-labelledby=history-title] caption')).toBe('Decision history: every context');
    });

    it('reads one stream by its id, which must then be given', async () => {
      const page = await page$();
      page.fill('Context', 'stream');
      await page.submit('Filter the history');

      expect(page.text('.field-error')).toBe('Enter the stream’s id.');
      expect(sentRequests(page.fetch)).toHaveLength(2);

      queueAnswers(history());
      page.fill('Stream id', ' post-42 ');
      await page.submit('Filter the history');
      expect(lastRequest(page).variables).toEqual({ streamId: 'post-42', limit: 25, from: null });

      page.fill('Context', '');
      await page.settle();
      expect(page.all('input.mono')).toHaveLength(0);
    });

    it('lists position, UK time, subject and stream@revision, type, actor with roles, what happened and command id', async () => {
      const page = await page$();
      queueAnswers(
        history([
          recordedEvent({
            position: '89',
            streamId: 'procurement-proc-1',
            revision: 3,
            type: 'GatewayDecisionRecorded',
            actorId: 'user-5',
            actorRoles: ['COMMITTEE_MEMBER', 'ADMIN'],
            commandId: 'cmd-89',
            data: JSON.stringify({ procurementId: 'proc-1', gateway: 'G3_AWARD', outcome: 'APPROVED' }),
          }),
          recordedEvent({ position: '90', actorId: null, actorRoles: [] }),
        ]),
      );

      await page.submit('Filter the history');

      const rows = rowsIn(page, 'history');
      expect(cellsOf(rows[0])).toEqual([
        '89',
        '2 Feb 2026, 10:15:30',
        'Highways maintenanceprocurement-proc-1@3',
        'GatewayDecisionRecorded',
        'Chris OkaforGateway committee member, Admin',
        'Chris Okafor recorded “Approved” at the award gateway (G3) for Highways maintenance.',
        'cmd-89',
      ]);
      expect(rows[0].querySelector('.roles')?.textContent).toBe('Gateway committee member, Admin');
      expect(cellsOf(rows[1])[4]).toBe('—');
      expect(page.text('section[aria-labelledby=history-title] .more')).toBe('2 events shown, to the end of the log.');
      expect(page.hasButton('Load more')).toBe(false);
    });

    it('loads more from the cursor with the same filters, and appends the page', async () => {
      const page = await page$();
      queueAnswers(history(eventsFrom(1, 2), '3'));
      page.fill('Context', 'procurement-');
      await page.submit('Filter the history');
      expect(page.text('section[aria-labelledby=history-title] .more')).toBe('2 events shown; there may be more.');

      queueAnswers(history(eventsFrom(7, 2), null));
      await page.click('Load more');

      expect(lastRequest(page).variables).toEqual({ streamPrefix: 'procurement-', limit: 25, from: '3' });
      expect(rowsIn(page, 'history').map((row) => row.getAttribute('data-position'))).toEqual(['1', '2', '7', '8']);
      expect(page.hasButton('Load more')).toBe(false);
      expect(page.text('section[aria-labelledby=history-title] .more')).toBe('4 events shown, to the end of the log.');
    });

    it('keeps what was shown when the next page fails, and says why beside the button', async () => {
      const page = await page$();
      queueAnswers(history(eventsFrom(1, 2), '3'));
      await page.submit('Filter the history');
      queueAnswers(new TypeError('Failed to fetch'));

      await page.click('Load more');

      expect(rowsIn(page, 'history')).toHaveLength(2);
      expect(page.text('section[aria-labelledby=history-title] [role=alert]')).toContain('The next events could not be loaded');
      expect(page.one('section[aria-labelledby=history-title] [role=alert]').getAttribute('data-code')).toBe('NETWORK_ERROR');
      expect(page.hasButton('Load more')).toBe(true);
    });

    it('shows the API’s refusal of a filter in the form, without a table', async () => {
      const page = await page$();
      queueAnswers({ errors: [{ message: 'since is not a valid instant', extensions: { code: 'BAD_USER_INPUT' } }] });

      await page.submit('Filter the history');

      page.expectRefusal('Filter the history', 'BAD_USER_INPUT', 'The decision history could not be loaded');
      expect(page.all('section[aria-labelledby=history-title] table')).toHaveLength(0);
    });

    it('opens an event’s details: its data pretty-printed, why it was recorded and its hashes', async () => {
      const page = await page$();
      const event = recordedEvent({
        position: '91',
        type: 'GatewayDecisionRecorded',
        correlationId: 'corr-91',
        causationId: 'cause-91',
        schemaVersion: 2,
        prevHash: 'b'.repeat(64),
        hash: 'c'.repeat(64),
        data: '{"outcome":"APPROVED","deciders":["staff-1"]}',
      });
      queueAnswers(history([recordedEvent(), event]));
      await page.submit('Filter the history');

      await page.click('GatewayDecisionRecorded');

      const detail = page.one('.event-detail');
      expect(detail.getAttribute('data-position')).toBe('91');
      expect(document.activeElement?.textContent).toBe('Event 91: GatewayDecisionRecorded');
      expect(detail.querySelector('[data-fact=data]')?.textContent).toBe(
        '{\n  "outcome": "APPROVED",\n  "deciders": [\n    "staff-1"\n  ]\n}',
      );
      expect(detail.querySelector('[data-fact=correlation]')?.textContent).toBe('corr-91');
      expect(detail.querySelector('[data-fact=causation]')?.textContent).toBe('cause-91');
      expect(detail.querySelector('[data-fact=schema]')?.textContent).toBe('2');
      expect(detail.querySelector('[data-fact=hash]')?.textContent).toBe('c'.repeat(64));
      expect(detail.querySelector('[data-fact=prev-hash]')?.textContent).toBe('b'.repeat(64));
      expect(detail.querySelector('[data-fact=hash]')?.classList).toContain('mono');
      expect(page.one('tr[data-position="91"]').classList).toContain('selected');
      expect(page.one('tr[data-position="91"] button').getAttribute('aria-expanded')).toBe('true');

      await page.click('Close details');
      expect(page.all('.event-detail')).toHaveLength(0);
    });

    it('says when an event’s personal data was erased', async () => {
      const page = await page$();
      queueAnswers(history([recordedEvent({ type: 'StaffMemberRegistered', data: 'null' })]));
      await page.submit('Filter the history');

      await page.click('StaffMemberRegistered');

      expect(page.text('.event-detail [data-fact=data]')).toBe(
        'This person’s personal data was erased: the event’s data can no longer be opened.',
      );
      expect(page.all('.event-detail pre')).toHaveLength(0);
    });
  });

  describe('Timelines', () => {
    it('looks up a procurement’s timeline by the procurement picked', async () => {
      const page = await page$();
      const events = [recordedEvent({ position: '96' }), recordedEvent({ position: '106', streamId: 'lesson-1', type: 'LessonRecorded' })];
      queueAnswers({ data: { procurementTimeline: { events, nextFrom: null } } });

      expect(
        page
          .all<HTMLOptionElement>('section[aria-labelledby=timelines-title] option')
          .filter((o) => o.value)
          .map((o) => o.textContent?.trim()),
      ).toEqual(['Highways maintenance', 'Office cleaning', 'Sam Patel – Procurement Officer', 'Erased person (staff-9)']);
      page.fill('Procurement', 'proc-2');
      await page.submit('Timeline of a procurement');

      expect(lastRequest(page).query).toContain('procurementTimeline(procurementId: $procurementId, from: $from)');
      expect(lastRequest(page).variables).toEqual({ procurementId: 'proc-2', from: null });
      expect(page.text('section[aria-labelledby=timelines-title] caption')).toBe('Timeline of “Office cleaning”');
      expect(rowsIn(page, 'timelines').map((row) => cellsOf(row)[3])).toEqual(['ProcurementRegistered', 'LessonRecorded']);
    });

    it('looks up a person’s timeline, and asks for a person first', async () => {
      const page = await page$();
      await page.submit('Timeline of a person');
      expect(page.form('Timeline of a person').querySelector('.field-error')?.textContent).toBe('Choose a person.');
      expect(sentRequests(page.fetch)).toHaveLength(2);

      queueAnswers({ data: { personTimeline: { events: eventsFrom(10, 3, { streamId: 'staff-staff-1' }), nextFrom: '13' } } });
      page.fill('Person', 'staff-1');
      await page.submit('Timeline of a person');

      expect(lastRequest(page).query).toContain('personTimeline(staffMemberId: $staffMemberId, from: $from)');
      expect(lastRequest(page).variables).toEqual({ staffMemberId: 'staff-1', from: null });
      expect(page.text('section[aria-labelledby=timelines-title] caption')).toBe('Timeline of Sam Patel – Procurement Officer');
      expect(rowsIn(page, 'timelines')).toHaveLength(3);

      queueAnswers({ data: { personTimeline: { events: eventsFrom(20, 1), nextFrom: null } } });
      await page.click('Load more');
      expect(lastRequest(page).variables).toEqual({ staffMemberId: 'staff-1', from: '13' });
      expect(rowsIn(page, 'timelines')).toHaveLength(4);
    });

    it('says when the procurements and people could not be loaded', async () => {
      const page = await page$([{ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }]);

      const alert = page.one('section[aria-labelledby=timelines-title] [role=alert]');
      expect([...alert.querySelectorAll('p')].map((p) => p.textContent?.trim())).toEqual([
        'The procurements and people could not be loaded.',
        'Forbidden (FORBIDDEN)',
      ]);
    });
  });

  describe('All registers as at', () => {
    const count = (page: PageHarness, register: string, what: string) => page.text(`[data-register=${register}] [data-count=${what}]`);

    it('starts at the moment the page opened, to the second', async () => {
      const before = Date.now();
      const page = await page$();

      const value = page.field('As at').value;
      // The input normalises its value: no seconds on a whole minute; jsdom adds milliseconds.
      expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.000)?)?$/);
      expect(Math.abs(new Date(value).getTime() - before)).toBeLessThan(5000);
    });

    it('shows every register as at the instant chosen, summed up', async () => {
      const page = await page$();
      queueAnswers({ data: { registersAsOf: snapshot() } });

      page.fill('As at', '2026-03-01T10:00');
      await page.submit('All registers as at');

      const shownInAddress = new Date('2026-03-01T10:00').toISOString().replace('.000Z', 'Z');
      expect(lastRequest(page).query).toContain('registersAsOf(asOf: $asOf)');
      expect(lastRequest(page).variables).toEqual({ asOf: new Date('2026-03-01T10:00').toISOString() });
      expect(page.text('.as-of-line')).toBe('Every register as at 1 March 2026 at 10:00, rebuilt from the events recorded up to then.');
      expect(count(page, 'establishment', 'posts')).toBe('5');
      expect(count(page, 'establishment', 'filled-fte')).toBe('3.5');
      expect(count(page, 'establishment', 'approved-fte')).toBe('5');
      expect(count(page, 'establishment', 'proposed-fte')).toBe('1');
      expect(count(page, 'establishment', 'vacant-fte')).toBe('1.5');
      expect(count(page, 'skills-matrix', 'people')).toBe('3');
      expect(count(page, 'skills-matrix', 'total-gap')).toBe('10 levels');
      expect(count(page, 'training-register', 'records')).toBe('4');
      expect(count(page, 'training-register', 'by-status')).toBe('Planned 2, Completed 1, Expired 1');
      expect(count(page, 'gateway', 'procurements')).toBe('2');
      expect(count(page, 'gateway', 'decisions')).toBe('3');
      expect(count(page, 'gateway', 'by-outcome')).toBe('Approved 2, Deferred 1');
      expect(count(page, 'lessons', 'lessons')).toBe('2');
      expect(count(page, 'lessons', 'open-actions')).toBe('2, 1 overdue');
      expect(count(page, 'risks', 'risks')).toBe('4');
      expect(page.all('[data-register=risks] li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
        'Cyber attack on a key supplier: 20 (Very high)',
        'Key supplier insolvency: 12 (High)',
        'Modern slavery in the supply chain: 12 (High)',
      ]);
      expect(count(page, 'heat-map', 'placed')).toBe('4');
      expect(count(page, 'heat-map', 'by-band')).toBe('Low 1, High 2, Very high 1');
      expect(page.all('[data-register=heat-map] .line').map((c) => c.textContent?.trim())).toEqual(['4 × 5: 1', '3 × 4: 2', '2 × 2: 1']);
      expect(page.all<HTMLAnchorElement>('[data-register] a').map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual(
        [
          ['Open the establishment', '/workforce/establishment'],
          ['Open the skills matrix', '/workforce/skills-matrix'],
          ['Open the training register', '/workforce/training-register'],
          ['Open gateway decisions', '/gateway'],
          ['Open the lessons log', '/lessons'],
          ['Open the risk register', '/risks'],
          ['Open the heat map', '/risks'],
        ].map(([name, path]) => [name, `${path}?asAt=${shownInAddress}`]),
      );
      // The instant shown becomes the address's, so the registers open as at it too.
      expect(TestBed.inject(Router).url).toBe(`/audit?asAt=${shownInAddress}`);
    });

    it('shows empty registers as at a date before anything was recorded', async () => {
      const page = await page$();
      queueAnswers({ data: { registersAsOf: emptySnapshot() } });

      page.fill('As at', '2020-01-01T09:00');
      await page.submit('All registers as at');

      expect(count(page, 'establishment', 'posts')).toBe('0');
      expect(count(page, 'establishment', 'filled-fte')).toBe('0');
      expect(count(page, 'skills-matrix', 'total-gap')).toBe('0 levels');
      expect(count(page, 'training-register', 'by-status')).toBe('None');
      expect(count(page, 'gateway', 'by-outcome')).toBe('None');
      expect(count(page, 'lessons', 'open-actions')).toBe('0');
      expect(page.all('[data-register=risks] li')).toHaveLength(0);
      expect(count(page, 'heat-map', 'placed')).toBe('0');
      expect(count(page, 'heat-map', 'cells')).toBe('None');
    });

    it('asks for an instant, and drops the registers shown when the next request fails', async () => {
      const page = await page$();
      page.fill('As at', '');
      await page.submit('All registers as at');
      expect(page.form('All registers as at').querySelector('.field-error')?.textContent).toBe('Enter a date and time.');
      expect(sentRequests(page.fetch)).toHaveLength(2);

      queueAnswers(
        { data: { registersAsOf: snapshot() } },
        { errors: [{ message: 'Too busy', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      );
      page.fill('As at', '2026-03-01T10:00');
      await page.submit('All registers as at');
      expect(page.all('[data-register]')).toHaveLength(7);
      page.fill('As at', '2026-04-01T10:00');
      await page.submit('All registers as at');

      expect(page.all('[data-register]')).toHaveLength(0);
      expect(page.form('All registers as at').querySelector('[role=alert]')?.textContent).toContain('The registers could not be shown');
    });
  });
});
