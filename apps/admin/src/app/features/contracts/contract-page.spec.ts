import { AUDITOR_USER, PROCUREMENT_LEAD_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { ANN, BOB } from '../../../testing/governance-fixtures';
import { CONTRACT_MANAGER_USER, JO, commitment, contract, kpi, measure, variation } from '../../../testing/contracts-fixtures';
import { PageHarness } from '../../../testing/page-harness';
import type { Contract } from './contracts.types';

const URL = '/contracts/contract-1';

const PENDING = variation({
  id: 'var-2',
  description: 'Extend to the ring road',
  valueChange: 60000,
  status: 'PENDING',
  approvalRequiredBecause: 'it is over 10% of the awarded value',
});
const VARIED = contract({
  currentValue: 320000,
  managers: [JO],
  variations: [variation(), PENDING],
  kpis: [
    kpi({
      reports: [
        { period: '2026-Q1', rating: 'AMBER', note: 'Two late repairs', reportedAt: '2026-04-02T09:00:00.000Z', correctionReason: null },
      ],
    }),
  ],
  socialValueCommitments: [commitment()],
  socialValueUnderDelivered: true,
  committedSocialValue: 25000,
  deliveredSocialValue: 2500,
});

function answer(c: Contract | null = VARIED) {
  return { data: { contract: c, socialValueMeasures: [measure()] } };
}
const staff = { data: { staffMembers: [ANN, BOB, JO] } };
const actions = (page: PageHarness) => page.all('[data-action]').map((b) => b.textContent?.trim());
const states = (page: PageHarness) => page.all('[data-cell=variation-state]').map((s) => s.textContent?.trim());

describe('ContractPage', () => {
  it('shows the summary in pounds and UK dates, variations with their state, KPI ratings and under-delivery, read-only to an auditor', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).variables).toEqual({ id: 'contract-1', asOf: null });
    expect(page.text('h1')).toBe('Highways maintenance');
    expect(page.text('[data-fact=awarded-value]')).toBe('£300,000');
    expect(page.text('[data-fact=current-value]')).toBe('£320,000');
    expect(page.text('.facts')).toContain('1 Jan 2026 to 31 Dec 2028');
    expect(page.text('[data-fact=managers]')).toBe('Jo Evans');
    expect(states(page)).toEqual(['Effective', 'Awaiting approval']);
    expect(page.text('[data-variation-id=var-2]')).toContain('+£60,000');
    expect(page.text('[data-cell=rating]')).toBe('Amber');
    expect(page.text('[data-flag=under-delivered]')).toContain('Under-delivered');
    expect(page.one('[data-commitment-id=svc-1]').classList).toContain('under-delivered');
    expect(page.text('[data-commitment-id=svc-1]')).toContain('£25,000 / £2,500');
    expect(actions(page)).toEqual([]);
    expect(page.hasButton('Approve or reject “Extend to the ring road”')).toBe(false);
  });

  it('lets a contract manager report on KPIs, savings and social value, and nothing else', async () => {
    const page = await PageHarness.open(URL, CONTRACT_MANAGER_USER, answer());

    expect(actions(page)).toEqual(['Report on a KPI', 'Report social value delivered', 'Record a saving or benefit']);
    expect(page.all('form')).toHaveLength(0);

    await page.click('Report on a KPI');
    page.fill('KPI', 'kpi-1');
    page.fill('Quarter', '2026-Q2');
    page.fill('Rating', 'GREEN');
    page.fill('Note', 'All repairs on time');
    queueAnswers({ data: { reportKpi: VARIED } }, answer());
    await page.submit('Report on a KPI');

    expect(sentRequest(page.fetch, 2).variables).toEqual({
      input: {
        contractId: 'contract-1',
        commandId: expect.any(String),
        kpiId: 'kpi-1',
        period: '2026-Q2',
        rating: 'GREEN',
        note: 'All repairs on time',
      },
    });
    expect(page.text('p.notice')).toBe('The KPI report was recorded.');
    expect(page.all('form')).toHaveLength(0);
  });

  it('records a variation behind its button, with the revision shown, and says it waits for approval', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);

    await page.click('Record a variation');
    page.fill('Description', 'Extend to the ring road');
    page.fill('Change in value (£)', '60000');
    page.fill('Reason', 'New estate');
    queueAnswers({ data: { varyContract: VARIED } }, answer(), staff);
    await page.submit('Record a variation');

    expect(sentRequest(page.fetch, 3).variables).toEqual({
      input: {
        contractId: 'contract-1',
        expectedRevision: 3,
        commandId: expect.any(String),
        description: 'Extend to the ring road',
        valueChange: 60000,
        reason: 'New estate',
      },
    });
    expect(page.text('p.notice')).toContain('waits for the procurement lead’s approval');
  });

  it('says plainly that someone changed the contract when the revision is stale, and reloads on request', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);

    await page.click('Record a variation');
    page.fill('Description', 'Add a depot');
    page.fill('Change in value (£)', '1000');
    page.fill('Reason', 'Storage');
    queueAnswers({ errors: [{ message: 'Expected revision 3, found 4', extensions: { code: 'CONFLICT' } }] });
    await page.submit('Record a variation');

    const alert = page.form('Record a variation').querySelector('[role=alert]');
    expect(alert?.getAttribute('data-code')).toBe('CONFLICT');
    expect(alert?.textContent).toContain('Someone changed this contract since you opened it; reload');
    queueAnswers(answer(contract({ revision: 4 })), staff);
    await page.click('Reload');
    expect(page.all('form')).toHaveLength(0);
    expect(sentRequest(page.fetch, 4).variables).toEqual({ id: 'contract-1', asOf: null });
  });

  it('lets the procurement lead approve a pending variation and shows the current value it brings', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);

    await page.click('Approve or reject “Extend to the ring road”');
    const approved = contract({ ...VARIED, currentValue: 380000, variations: [variation(), { ...PENDING, status: 'APPROVED' }] });
    queueAnswers({ data: { approveContractVariation: approved } }, answer(approved), staff);
    await page.submit('Decide on “Extend to the ring road”');

    expect(sentRequest(page.fetch, 3).variables).toEqual({
      input: { contractId: 'contract-1', expectedRevision: 3, commandId: expect.any(String), variationId: 'var-2', note: null },
    });
    expect(page.text('p.notice')).toBe('The variation “Extend to the ring road” is approved: the current value is £380,000.');
    expect(page.text('[data-fact=current-value]')).toBe('£380,000');
  });

  it('needs a reason to reject a variation', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);

    await page.click('Approve or reject “Extend to the ring road”');
    await page.click('Reject variation');
    expect(page.text('.field-error')).toBe('Give the reason for rejecting.');
    expect(page.fetch).toHaveBeenCalledTimes(3);
  });

  it('assigns a manager chosen by name', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(contract()), staff);

    await page.click('Assign a manager');
    const options = [...page.field('Staff member').options].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Choose a person', 'Ann Lee – Head of Finance', 'Bob Khan – Legal Counsel', 'Jo Evans – Contract Manager']);
    page.fill('Staff member', 'staff-7');
    queueAnswers({ data: { assignContractManager: VARIED } }, answer(), staff);
    await page.submit('Assign a contract manager');

    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      contractId: 'contract-1',
      commandId: expect.any(String),
      staffMemberId: 'staff-7',
    });
  });
});
