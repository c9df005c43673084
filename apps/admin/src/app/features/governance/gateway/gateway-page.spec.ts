import {
  ADMIN_USER,
  AUDITOR_USER,
  COMMITTEE_USER,
  PROCUREMENT_LEAD_USER,
  queueAnswers,
  sentRequest,
  sentRequests,
} from '../../../../testing/fetch-stub';
import { ANN, BOB, CAT, policy, procurementSummary } from '../../../../testing/governance-fixtures';
import { PageHarness } from '../../../../testing/page-harness';
import type { GatewayPolicy, ProcurementListItem } from '../governance.types';

const URL = '/gateway';

const PROCUREMENTS = [
  procurementSummary(),
  procurementSummary({
    id: 'proc-2',
    title: 'Leisure centre refurbishment',
    estimatedValue: 1234567.5,
    riskLevel: 'HIGH',
    politicalInterest: true,
    requiredGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
    outstandingGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
    reviews: [{ id: 'r-1', gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'APPROVED', basisChanged: true }],
  }),
  procurementSummary({ id: 'proc-3', title: 'Cleaning', estimatedValue: 150000, riskLevel: 'LOW', outstandingGateways: [] }),
];

function answer(procurements: ProcurementListItem[] = PROCUREMENTS, policies: GatewayPolicy[] = [policy()]) {
  return { data: { procurements, gatewayPolicies: policies } };
}
const staff = { data: { staffMembers: [ANN, BOB, CAT, { ...CAT, id: 'staff-9', displayName: 'Erased person', erased: true }] } };

const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('GatewayPage', () => {
  it('lists the procurements with value, risk, political interest, outstanding gateways and a basis-changed flag', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).query).toContain('query GatewayPage');
    expect(cells(page.one('tr[data-procurement-id="proc-2"]'))).toEqual([
      'Leisure centre refurbishment',
      '£1,234,567.50',
      'High',
      'Yes',
      'G1 Business caseG2 Procurement strategyG3 Award',
      'Basis changed',
    ]);
    expect(page.all('tr[data-procurement-id="proc-2"] .outstanding .gateway').map((g) => g.textContent)).toEqual([
      'G1 Business case',
      'G2 Procurement strategy',
      'G3 Award',
    ]);
    expect(page.all('[data-flag=basis-changed]')).toHaveLength(1);
    expect(cells(page.one('tr[data-procurement-id="proc-1"]'))).toEqual([
      'Highways maintenance',
      '£250,000',
      'Medium',
      'No',
      'G2 Procurement strategyG3 Award',
      'Unchanged',
    ]);
    expect(page.text('tr[data-procurement-id="proc-3"]')).toContain('None: every required gateway passed');
    expect(page.one<HTMLAnchorElement>('tr[data-procurement-id="proc-1"] a').getAttribute('href')).toBe('/gateway/proc-1');
  });

  it('shows the policy in force: thresholds, what risk and political interest add, quorum and committee', async () => {
    const adopted = policy({ version: 2, quorum: 2, committee: [ANN, BOB], reason: 'Smaller committee', highRiskGateways: ['G3_AWARD'] });
    const page = await PageHarness.open(URL, AUDITOR_USER, answer(PROCUREMENTS, [policy(), adopted]));

    const panel = page.text('section[aria-labelledby=policy-title]');
    expect(panel).toContain('Version 2');
    expect(panel).toContain('Smaller committee');
    expect(page.text('[data-fact=quorum]')).toBe('2 members decide together');
    expect(page.text('[data-fact=committee]')).toBe('Ann Lee, Bob Khan');
    expect(page.text('[data-fact=high-risk]')).toBe('G3 Award');
    expect(page.text('[data-fact=political]')).toBe('G2 Procurement strategy, G3 Award');
    expect(cells(page.all('table.thresholds tbody tr')[1])).toEqual([
      '£500,000',
      'G1 Business case, G2 Procurement strategy, G3 Award, G4 Contract mobilisation, G5 Post-contract review',
    ]);
  });

  it('says the default policy arrives with the first procurement when none is adopted', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer([], []));

    expect(page.text('table')).toContain('No procurements are registered.');
    expect(page.text('section[aria-labelledby=policy-title]')).toContain('No policy has been adopted yet');
  });

  it.each([
    ['an auditor', AUDITOR_USER],
    ['a committee member', COMMITTEE_USER],
  ])('gives %s the register without forms, and asks for no staff', async (_who, user) => {
    const page = await PageHarness.open(URL, user, answer());

    expect(page.all('form')).toHaveLength(0);
    expect(sentRequests(page.fetch)).toHaveLength(2);
  });

  it('gives the procurement lead the register and policy forms, with staff for the committee', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);

    expect(page.changes()).toEqual(['Register a procurement', 'Adopt a new policy version']);
    expect(page.all('form')).toHaveLength(0);
    expect(sentRequest(page.fetch, 2).query).toContain('staffMembers');
    const committee = page.form('Adopt a new policy version').querySelectorAll('gl-member-picker input[type=checkbox]');
    expect([...committee].map((box) => box.nextElementSibling?.textContent?.trim())).toEqual(['Ann Lee', 'Bob Khan', 'Cat Jones']);
  });

  it('registers a procurement and says which gateways it must pass', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([]), staff);
    const registered = procurementSummary({ id: 'proc-9', title: 'Fleet telematics' });
    queueAnswers({ data: { registerProcurement: registered } }, answer([registered]), staff);

    page.openChange('Register a procurement');
    page.fill('Title', ' Fleet telematics ');
    page.fill('Estimated value (£)', '250000');
    page.fill('Risk level', 'HIGH');
    page.field('Of political interest').click();
    await page.submit('Register a procurement');

    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      title: 'Fleet telematics',
      estimatedValue: 250000,
      riskLevel: 'HIGH',
      politicalInterest: true,
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('“Fleet telematics” was registered: it must pass G2 Procurement strategy, G3 Award.');
    expect(page.all('tr[data-procurement-id]')).toHaveLength(1);
  });

  it('asks for the title and value before sending anything', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([]), staff);

    await page.submit('Register a procurement');

    expect(sentRequests(page.fetch)).toHaveLength(3);
    expect(page.text()).toContain('Enter the procurement’s title.');
    expect(page.text()).toContain('Enter the value in pounds, 0 or more.');
  });

  it('adopts a policy from the one in force, with the committee and thresholds chosen', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(PROCUREMENTS, [policy()]), staff);
    queueAnswers({ data: { adoptGatewayPolicy: policy({ version: 2 }) } }, answer(PROCUREMENTS, [policy(), policy({ version: 2 })]), staff);

    const form = page.form('Adopt a new policy version');
    page.fill('Quorum', '2');
    page.field('Ann Lee').click();
    page.field('Bob Khan').click();
    await page.click('Remove threshold 2');
    form.querySelector<HTMLInputElement>('fieldset[formArrayName=thresholds] input[type=checkbox][id$=G4_CONTRACT_MOBILISATION]')?.click();
    page.fill('Reason', 'A smaller committee for lower-value work');
    await page.submit('Adopt a new policy version');

    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      quorum: 2,
      committeeMemberIds: ['staff-1', 'staff-2'],
      valueThresholds: [{ minValue: 100000, gateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION'] }],
      highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
      politicalInterestGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
      reason: 'A smaller committee for lower-value work',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('Version 2 of the gateway policy was adopted.');
  });

  it('shows a refused command’s message and code next to its form', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff);
    queueAnswers({ errors: [{ message: 'A committee of 1 cannot reach a quorum of 3', extensions: { code: 'BAD_USER_INPUT' } }] });

    page.openChange('Adopt a new policy version');
    page.field('Ann Lee').click();
    page.fill('Reason', 'Only Ann');
    await page.submit('Adopt a new policy version');

    page.expectRefusal(
      'Adopt a new policy version',
      'BAD_USER_INPUT',
      'The policy was not adopted',
      'A committee of 1 cannot reach a quorum of 3',
    );
  });

  it('shows the procurements as at an instant with the forms disabled', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff);
    queueAnswers(answer([PROCUREMENTS[0]]), staff);

    const asAt = page.field('As at');
    asAt.value = '2026-02-01T12:00';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    expect(sentRequest(page.fetch, 3).variables).toEqual({ asOf: new Date('2026-02-01T12:00').toISOString() });
    expect(page.text('[role=status]')).toContain('Showing the register as at 1 February 2026');
    expect(page.changesDisabled()).toEqual({ 'Register a procurement': true, 'Adopt a new policy version': true });
    expect(page.all('tr[data-procurement-id]')).toHaveLength(1);
  });

  it('says why the procurements could not be loaded when the API refuses (a role taken away since sign-in)', async () => {
    const page = await PageHarness.open(
      URL,
      { ...ADMIN_USER, roles: ['AUDITOR'] },
      {
        errors: [
          {
            message: 'This needs one of the roles PROCUREMENT_LEAD, COMMITTEE_MEMBER, AUDITOR, ADMIN; you have STAFF',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      },
    );

    expect(page.text('[role=alert]')).toContain('The procurements could not be loaded.');
    expect(page.text('[role=alert]')).toContain('FORBIDDEN');
    expect(page.all('table')).toHaveLength(0);
  });
});
