import {
  ADMIN_USER,
  AUDITOR_USER,
  COMMITTEE_USER,
  PROCUREMENT_LEAD_USER,
  queueAnswers,
  sentRequest,
  sentRequests,
} from '../../../../testing/fetch-stub';
import { ANN, BOB, CAT, DEV, conflict, decided, lesson, policy, procurement, review } from '../../../../testing/governance-fixtures';
import { PageHarness } from '../../../../testing/page-harness';
import type { GatewayPolicy, Procurement } from '../governance.types';

const URL = '/gateway/proc-1';

/** £600k after a basis change: G1-G5 required, G1 awaiting, G2 decided before the change, a correction on record. */
const CHANGED = procurement({
  estimatedValue: 600000,
  riskLevel: 'HIGH',
  politicalInterest: true,
  revision: 7,
  requiredGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'],
  outstandingGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'],
  reviews: [
    decided({
      id: 'r-g2',
      outcome: 'APPROVED_WITH_CONDITIONS',
      rationale: 'Sound, with social value to add',
      conditionStatus: [
        {
          text: 'Add a social value weighting',
          discharged: true,
          dischargedAt: '2026-02-12T10:00:00.000Z',
          evidence: 'Weighting of 10% added',
        },
        { text: 'Legal sign-off of the terms', discharged: false, dischargedAt: null, evidence: null },
      ],
      correctionReason: 'The minutes recorded the conditions wrongly',
      superseded: [
        { outcome: 'APPROVED', rationale: 'Sound', conditions: [], decidedAt: '2026-02-09T15:00:00.000Z', correctionReason: null },
      ],
      basisChanged: true,
    }),
    review({ id: 'r-g1', gateway: 'G1_BUSINESS_CASE', summary: 'Business case v2', requestedAt: '2026-03-01T10:00:00.000Z' }),
  ],
  conflicts: [conflict()],
  lessons: [lesson({ title: 'Market engagement came too late' })],
});

/** £250k: G2 awaiting a decision, G3 not requested. */
const AWAITING = procurement({ revision: 2, reviews: [review({ id: 'r-1' })], conflicts: [conflict()] });

function answer(p: Procurement | null = CHANGED, policies: GatewayPolicy[] = [policy()]) {
  return { data: { procurement: p, gatewayPolicies: policies } };
}
const staff = { data: { staffMembers: [ANN, BOB, CAT, DEV] } };
/**
 * The API's eligible deciders (what a decision recorder's page asks for once it has a review):
 * under the default policy everyone on the register, Cat marked with her declared conflict.
 */
function eligible(people = [ANN, BOB, CAT, DEV], quorum = 3, anyStaffMemberMaySit = true) {
  const members = people.map((p) => ({
    staffMemberId: p.id,
    displayName: p.displayName,
    conflictDeclared: p.id === CAT.id,
    conflictNature: p.id === CAT.id ? 'Spouse works for a bidder' : null,
  }));
  return { data: { eligibleDeciders: { reviewId: 'r-1', policyVersion: 1, quorum, anyStaffMemberMaySit, members } } };
}
const labels = (form: HTMLFormElement) =>
  [...form.querySelectorAll('gl-member-picker .choice label')].map((l) => l.textContent?.replace(/\s+/g, ' ').trim());

const legends = (page: PageHarness) => page.all('form > fieldset > legend').map((l) => l.textContent?.trim());
const track = (page: PageHarness) =>
  page.all('.track .step').map((s) => [s.dataset['gateway'], s.querySelector('.tag')?.textContent?.trim()]);

describe('ProcurementPage', () => {
  it('shows the required gateways as a track, each with its state, "basis changed" included', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).variables).toEqual({ id: 'proc-1', asOf: null });
    expect(page.text('h1')).toBe('Highways maintenance');
    expect(page.text('[data-fact=value]')).toBe('£600,000');
    expect(track(page)).toEqual([
      ['G1_BUSINESS_CASE', 'Awaiting decision'],
      ['G2_PROCUREMENT_STRATEGY', 'Basis changed'],
      ['G3_AWARD', 'Not requested'],
      ['G4_CONTRACT_MOBILISATION', 'Not requested'],
      ['G5_POST_CONTRACT_REVIEW', 'Not requested'],
    ]);
  });

  it('shows each decision: who decided and recorded it, its conditions, the correction and what it superseded', async () => {
    const page = await PageHarness.open(URL, { ...ADMIN_USER, roles: ['AUDITOR'] }, answer());

    const g2 = page.one('article[data-review-id=r-g2]');
    const text = (selector: string) => g2.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('[data-fact=outcome]')).toBe('Approved with conditions');
    expect(text('[data-fact=decided-by]')).toBe('Ann Lee, Bob Khan, Dev Rao');
    expect(g2.textContent).toContain('Recorded by');
    expect(g2.textContent).toContain('You');
    expect(text('[data-fact=correction-reason]')).toBe('The minutes recorded the conditions wrongly');
    expect(text('[data-flag=basis-changed]')).toContain('It needs a new review.');
    const conditions = [...g2.querySelectorAll('.conditions li')].map((li) => [
      li.getAttribute('data-discharged'),
      li.querySelector('.tag')?.textContent,
    ]);
    expect(conditions).toEqual([
      ['true', 'Discharged'],
      ['false', 'Not discharged'],
    ]);
    expect(g2.querySelector('.conditions')?.textContent).toContain('Weighting of 10% added');
    expect(text('details.superseded summary')).toBe('1 superseded decision');
    expect(text('details.superseded li')).toContain('Approved, decided 9 February 2026');
    expect(page.text('article[data-review-id=r-g1]')).toContain('Waiting for the committee’s decision.');
    // Newest first.
    expect(page.all('article[data-review-id]').map((a) => a.dataset['reviewId'])).toEqual(['r-g1', 'r-g2']);
  });

  it('lists the conflicts of interest and the linked lessons', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(page.text('table tbody tr')).toContain('Cat Jones');
    expect(page.text('table tbody tr')).toContain('Spouse works for a bidder');
    expect(page.text('section[aria-labelledby=lessons-title]')).toContain('Market engagement came too late');
    expect(page.text('section[aria-labelledby=lessons-title]')).toContain('High priority');
    expect(page.text('#procurement-policy-title')).toBe('Policy version 1, which applies to this procurement');
  });

  it('gives an auditor no forms and asks for no staff', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(page.all('form')).toHaveLength(0);
    expect(sentRequests(page.fetch)).toHaveLength(2);
  });

  it('gives a committee member the decision and conflict forms only, the decision listing by name exactly whom the policy allows', async () => {
    const page = await PageHarness.open(URL, COMMITTEE_USER, answer(AWAITING), eligible());

    // A committee member may not list staff (FORBIDDEN): the API lists the eligible deciders instead.
    expect(sentRequests(page.fetch)).toHaveLength(3);
    expect(sentRequest(page.fetch, 2).variables).toEqual({ reviewId: 'r-1', asOf: null });
    expect(page.changes()).toEqual(['Record a decision', 'Declare a conflict of interest']);
    expect(legends(page)).toEqual([]);
    const form = page.form('Record a decision');
    expect(labels(form)).toEqual([
      'Ann Lee',
      'Bob Khan',
      'Cat Jones (declared a conflict of interest: Spouse works for a bidder)',
      'Dev Rao',
    ]);
    expect(page.field('Cat Jones (declared a conflict of interest: Spouse works for a bidder)', 'Record a decision').disabled).toBe(true);
    expect(page.field('Ann Lee', 'Record a decision').disabled).toBe(false);
    expect(form.textContent).toContain('Anyone on the staff register may sit (policy version 1); at least 3 must decide.');
    expect(form.textContent).not.toContain('staff ids');
    expect(page.field('Or their staff member id', 'Declare a conflict of interest')).toBeTruthy();
  });

  it('lists only the committee a policy names', async () => {
    const page = await PageHarness.open(URL, COMMITTEE_USER, answer(AWAITING), eligible([ANN, BOB, DEV], 2, false));

    expect(labels(page.form('Record a decision'))).toEqual(['Ann Lee', 'Bob Khan', 'Dev Rao']);
    expect(page.form('Record a decision').textContent).toContain(
      'Only the committee the policy names may sit (policy version 1); at least 2 must decide.',
    );
  });

  it('falls back to the people the page knows when the eligible deciders cannot be had', async () => {
    const committee = policy({ committee: [ANN, BOB, DEV] });
    const page = await PageHarness.open(URL, COMMITTEE_USER, answer(AWAITING, [committee]), new Error('offline'));

    expect(labels(page.form('Record a decision'))).toEqual([
      'Ann Lee',
      'Bob Khan',
      'Dev Rao',
      'Cat Jones (declared a conflict of interest: Spouse works for a bidder)',
    ]);
    expect(page.field('Other members’ staff ids', 'Record a decision')).toBeTruthy();
  });

  it('keeps the decision from being sent until the quorum is reached, saying how many more are needed', async () => {
    const page = await PageHarness.open(URL, COMMITTEE_USER, answer(AWAITING), eligible());
    const form = page.form('Record a decision');
    const submit = () => form.querySelector<HTMLButtonElement>('button[type=submit]') as HTMLButtonElement;

    expect(submit().disabled).toBe(true);
    expect(form.querySelector('.quorum-status')?.textContent?.trim()).toBe('Choose 3 more members to reach the quorum of 3.');
    page.field('Ann Lee', 'Record a decision').click();
    page.field('Bob Khan', 'Record a decision').click();
    await page.settle();
    expect(submit().disabled).toBe(true);
    expect(form.querySelector('.quorum-status')?.textContent?.trim()).toBe('Choose 1 more member to reach the quorum of 3.');
    page.field('Dev Rao', 'Record a decision').click();
    await page.settle();
    expect(submit().disabled).toBe(false);
    expect(form.querySelector('.quorum-status')?.textContent?.trim()).toBe('Quorum reached: 3 of at least 3.');
  });

  it('gives the procurement lead the request, discharge, basis and conflict forms, not the decisions', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);

    expect(page.changes()).toEqual([
      'Request a gateway review',
      'Discharge a condition',
      'Declare a conflict of interest',
      'Change the basis',
    ]);
    page.openChange('Request a gateway review');
    expect([...page.field('Gateway').options].map((o) => o.value)).toEqual([
      'G2_PROCUREMENT_STRATEGY',
      'G3_AWARD',
      'G4_CONTRACT_MOBILISATION',
      'G5_POST_CONTRACT_REVIEW',
    ]);
    page.openChange('Discharge a condition');
    expect([...page.field('Condition').options].map((o) => o.textContent?.trim())).toEqual([
      'Choose a condition',
      'G2 Procurement strategy: Legal sign-off of the terms',
    ]);
  });

  it('records an approval by three members with the revision the committee saw, and the track moves', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(AWAITING), staff, eligible());
    const approved = decided({ id: 'r-1' });
    queueAnswers(
      { data: { recordGatewayDecision: approved } },
      answer({ ...AWAITING, revision: 3, reviews: [approved], outstandingGateways: ['G3_AWARD'] }),
      staff,
      eligible(),
    );

    expect(track(page)).toEqual([
      ['G2_PROCUREMENT_STRATEGY', 'Awaiting decision'],
      ['G3_AWARD', 'Not requested'],
    ]);
    page.openChange('Record a decision');
    page.fill('Outcome', 'APPROVED');
    page.fill('Rationale', 'A sound strategy');
    for (const name of ['Ann Lee', 'Bob Khan', 'Dev Rao']) {
      page.field(name, 'Record a decision').click();
    }
    await page.submit('Record a decision');

    expect(sentRequest(page.fetch, 4).query).toContain('recordGatewayDecision(input: $input)');
    expect(sentRequest(page.fetch, 4).variables['input']).toEqual({
      reviewId: 'r-1',
      outcome: 'APPROVED',
      conditions: [],
      rationale: 'A sound strategy',
      committeeMemberIds: ['staff-1', 'staff-2', 'staff-4'],
      expectedRevision: 2,
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('G2 Procurement strategy was decided: Approved.');
    expect(track(page)).toEqual([
      ['G2_PROCUREMENT_STRATEGY', 'Approved'],
      ['G3_AWARD', 'Not requested'],
    ]);
  });

  it('needs conditions for an approval with conditions, and sends them one a line', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(AWAITING), staff, eligible());
    queueAnswers(
      { data: { recordGatewayDecision: decided({ id: 'r-1', outcome: 'APPROVED_WITH_CONDITIONS' }) } },
      answer(AWAITING),
      staff,
      eligible(),
    );

    page.openChange('Record a decision');
    page.fill('Outcome', 'APPROVED_WITH_CONDITIONS');
    await page.settle();
    page.fill('Rationale', 'Sound');
    for (const name of ['Ann Lee', 'Bob Khan', 'Dev Rao']) {
      page.field(name, 'Record a decision').click();
    }
    await page.submit('Record a decision');
    expect(sentRequests(page.fetch)).toHaveLength(4);
    expect(page.text()).toContain('Enter at least one condition.');

    page.fill('Conditions', 'Add a social value weighting\n\n  Legal sign-off  ');
    await page.submit('Record a decision');

    expect(sentRequest(page.fetch, 4).variables['input']).toMatchObject({
      outcome: 'APPROVED_WITH_CONDITIONS',
      conditions: ['Add a social value weighting', 'Legal sign-off'],
      committeeMemberIds: ['staff-1', 'staff-2', 'staff-4'],
    });
  });

  it('asks for the members who decided before sending', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(AWAITING), staff, eligible());

    page.openChange('Record a decision');
    page.fill('Rationale', 'Sound');
    await page.submit('Record a decision');

    expect(sentRequests(page.fetch)).toHaveLength(4);
    expect(page.form('Record a decision').textContent).toContain('Choose 3 more members to reach the quorum of 3.');
  });

  it('shows the API’s refusal in its own words, without the code', async () => {
    const message = 'A member who declared a conflict of interest in this procurement cannot decide on it';
    const page = await PageHarness.open(URL, ADMIN_USER, answer(AWAITING), staff, eligible());
    queueAnswers({ errors: [{ message, extensions: { code: 'RULE_VIOLATION' } }] });

    page.openChange('Record a decision');
    page.fill('Rationale', 'Sound');
    for (const name of ['Ann Lee', 'Bob Khan', 'Dev Rao']) {
      page.field(name, 'Record a decision').click();
    }
    await page.submit('Record a decision');

    page.expectRefusal('Record a decision', 'RULE_VIOLATION', 'The decision was not recorded', message);
    expect(page.field('Rationale', 'Record a decision').value).toBe('Sound');
  });

  it('says the procurement changed on CONFLICT, reloads on request and then sends the new revision', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(AWAITING), staff, eligible());
    queueAnswers(
      { errors: [{ message: 'Stream procurement-proc-1 is at revision 3, not the expected 2', extensions: { code: 'CONFLICT' } }] },
      answer({ ...AWAITING, revision: 3, conflicts: [conflict(), conflict({ staffMember: BOB })] }),
      staff,
      eligible(),
    );

    page.openChange('Record a decision');
    page.fill('Rationale', 'Sound');
    for (const name of ['Ann Lee', 'Bob Khan', 'Dev Rao']) {
      page.field(name, 'Record a decision').click();
    }
    await page.submit('Record a decision');
    const alert = page.one('[role=alert][data-code=CONFLICT]');
    expect(alert.textContent).toContain('The procurement changed since the page loaded');

    await page.click('Reload');

    expect(sentRequest(page.fetch, 5).query).toContain('query ProcurementPage');
    expect(page.all('[role=alert]')).toHaveLength(0);
    expect(page.text('table tbody')).toContain('Bob Khan');
    queueAnswers({ data: { recordGatewayDecision: decided({ id: 'r-1' }) } }, answer(AWAITING), staff, eligible());
    page.openChange('Record a decision');
    page.fill('Rationale', 'Sound');
    for (const name of ['Ann Lee', 'Bob Khan', 'Dev Rao']) {
      page.field(name, 'Record a decision').click();
    }
    await page.submit('Record a decision');
    expect(sentRequest(page.fetch, 8).variables['input']).toMatchObject({ expectedRevision: 3 });
  });

  it('requests the next gateway, and shows the RULE_VIOLATION for one out of order', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(procurement()), staff);
    queueAnswers({
      errors: [
        {
          message:
            'The award gateway (G3) cannot be reviewed before the procurement strategy gateway (G2) is approved (with or without conditions): request and decide that review first',
          extensions: { code: 'RULE_VIOLATION' },
        },
      ],
    });

    page.openChange('Request a gateway review');
    expect(page.field('Gateway').value).toBe('G2_PROCUREMENT_STRATEGY');
    page.fill('Gateway', 'G3_AWARD');
    page.fill('Summary for the committee', 'Award to the best value bid');
    await page.submit('Request a gateway review');

    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      procurementId: 'proc-1',
      gateway: 'G3_AWARD',
      summary: 'Award to the best value bid',
      expectedRevision: 1,
      commandId: expect.any(String),
    });
    page.expectRefusal(
      'Request a gateway review',
      'RULE_VIOLATION',
      'The award gateway (G3) cannot be reviewed before the procurement strategy gateway (G2)',
    );
  });

  it('corrects a decision with its reason', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff, eligible());
    queueAnswers({ data: { correctGatewayDecision: decided({ id: 'r-g2', outcome: 'DEFERRED' }) } }, answer(), staff, eligible());

    page.fill('Outcome', 'DEFERRED', 'Correct a decision');
    page.fill('Rationale', 'More market evidence needed', 'Correct a decision');
    page.field('Ann Lee', 'Correct a decision').click();
    page.field('Bob Khan', 'Correct a decision').click();
    page.field('Dev Rao', 'Correct a decision').click();
    page.fill('Reason for the correction', 'The vote was misrecorded');
    await page.submit('Correct a decision');

    expect(sentRequest(page.fetch, 4).query).toContain('correctGatewayDecision(input: $input)');
    expect(sentRequest(page.fetch, 4).variables['input']).toMatchObject({
      reviewId: 'r-g2',
      outcome: 'DEFERRED',
      conditions: [],
      reason: 'The vote was misrecorded',
      expectedRevision: 7,
    });
    expect(page.text('p.notice')).toBe('G2 Procurement strategy was corrected to Deferred.');
  });

  it('discharges a condition and declares a conflict', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff, eligible());
    queueAnswers({ data: { dischargeCondition: decided({ id: 'r-g2' }) } }, answer(), staff, eligible());

    page.openChange('Discharge a condition');
    page.fill('Condition', 'r-g2:1');
    page.fill('Evidence', 'Signed off by the monitoring officer');
    await page.submit('Discharge a condition');
    expect(sentRequest(page.fetch, 4).variables['input']).toEqual({
      reviewId: 'r-g2',
      conditionIndex: 1,
      evidence: 'Signed off by the monitoring officer',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('The condition “G2 Procurement strategy: Legal sign-off of the terms” was discharged.');

    queueAnswers({ data: { declareConflictOfInterest: CHANGED } }, answer(), staff, eligible());
    page.openChange('Declare a conflict of interest');
    page.fill('Staff member', 'staff-2');
    page.fill('Nature of the conflict', 'Former director of a bidder');
    await page.submit('Declare a conflict of interest');
    expect(sentRequest(page.fetch, 8).variables['input']).toEqual({
      procurementId: 'proc-1',
      staffMemberId: 'staff-2',
      nature: 'Former director of a bidder',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('A conflict of interest was declared for Bob Khan.');
  });

  it('does not ask a committee member why a conflict is recorded on someone’s behalf: they declare their own', async () => {
    const page = await PageHarness.open(URL, COMMITTEE_USER, answer(AWAITING), eligible());
    expect(page.form('Declare a conflict of interest').textContent).not.toContain('Reason for recording it on their behalf');
  });

  it('asks a procurement lead why a conflict is recorded for someone else, and sends it', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);
    queueAnswers({ data: { declareConflictOfInterest: CHANGED } }, answer(), staff);
    page.openChange('Declare a conflict of interest');
    page.fill('Staff member', 'staff-2');
    page.fill('Nature of the conflict', 'Former director of a bidder');
    page.fill('Reason for recording it on their behalf', ' Declared at the committee meeting ');
    await page.submit('Declare a conflict of interest');
    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      procurementId: 'proc-1',
      staffMemberId: 'staff-2',
      nature: 'Former director of a bidder',
      onBehalfReason: 'Declared at the committee meeting',
      commandId: expect.any(String),
    });
  });

  it('shows a conflict recorded on someone’s behalf as such, with who recorded it and why', async () => {
    const onBehalf = conflict({ onBehalf: true, onBehalfReason: 'Declared at the committee meeting', declaredBy: ANN });
    const page = await PageHarness.open(URL, AUDITOR_USER, answer(procurement({ conflicts: [onBehalf] })));
    expect(page.text('table tbody tr')).toContain('Recorded on their behalf by Ann Lee: Declared at the committee meeting');
  });

  it('changes the basis from the one on record, with the revision shown', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(AWAITING), staff);
    queueAnswers({ data: { changeProcurementBasis: { ...AWAITING, estimatedValue: 600000 } } }, answer(AWAITING), staff);

    expect(page.field('Estimated value (£)', 'Change the basis').value).toBe('250000');
    page.fill('Estimated value (£)', '600000', 'Change the basis');
    page.fill('Reason for the change', 'Scope grew to include winter gritting');
    await page.submit('Change the basis');

    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      procurementId: 'proc-1',
      estimatedValue: 600000,
      riskLevel: 'MEDIUM',
      politicalInterest: false,
      reason: 'Scope grew to include winter gritting',
      expectedRevision: 2,
      commandId: expect.any(String),
    });
  });

  it('shows the procurement as at an instant with every form disabled', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff, eligible());
    queueAnswers(answer(AWAITING), staff, eligible());

    const asAt = page.field('As at');
    asAt.value = '2026-02-05T12:00';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    expect(sentRequest(page.fetch, 4).variables).toEqual({ id: 'proc-1', asOf: new Date('2026-02-05T12:00').toISOString() });
    expect(sentRequest(page.fetch, 6).variables).toEqual({ reviewId: 'r-1', asOf: new Date('2026-02-05T12:00').toISOString() });
    expect(page.text('[role=status]')).toContain('Showing the register as at 5 February 2026');
    const forms = Object.values(page.changesDisabled()).filter((disabled) => disabled !== null);
    expect(forms.length).toBeGreaterThanOrEqual(4);
    expect(forms.every((disabled) => disabled)).toBe(true);
  });

  it('says when there is no such procurement', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer(null, []));

    expect(page.text('main, :scope')).toContain('There is no such procurement.');
    expect(page.all('.track')).toHaveLength(0);
  });
});
