import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { COMMITTEE_USER, PROCUREMENT_LEAD_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { contract, measure } from '../../../testing/contracts-fixtures';
import { ANN, policy, procurement } from '../../../testing/governance-fixtures';
import { PageHarness } from '../../../testing/page-harness';

const URL = '/gateway/proc-1';
const answer = { data: { procurement: procurement({ reviews: [], conflicts: [], lessons: [] }), gatewayPolicies: [policy()] } };
const staff = { data: { staffMembers: [ANN] } };

async function fillAward(page: PageHarness): Promise<void> {
  await page.click('Award contract');
  page.fill('Supplier', 'Acme Roads Ltd');
  page.fill('Awarded value (£)', '300000');
  page.fill('Start date', '2026-04-01');
  page.fill('End date', '2029-03-31');
  page.fill('Extension months available', '24');
  page.fill('Social value weighting (%)', '10');
}

describe('Awarding a contract from the procurement page', () => {
  it('is behind a button for the procurement lead and shows the API’s refusal before the award gateway passed', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer, staff);

    expect(page.all('#award-contract-title')).toHaveLength(0);
    await fillAward(page);
    queueAnswers({
      errors: [
        { message: 'The award gateway (G3) has not passed yet: a contract cannot be awarded', extensions: { code: 'RULE_VIOLATION' } },
      ],
    });
    await page.submit('Award the contract');

    expect(sentRequest(page.fetch, 3).variables).toEqual({
      input: {
        commandId: expect.any(String),
        procurementId: 'proc-1',
        supplierName: 'Acme Roads Ltd',
        awardedValue: 300000,
        awardedOn: null,
        startDate: '2026-04-01',
        endDate: '2029-03-31',
        extensionMonthsAvailable: 24,
        noticePeriodDays: null,
        socialValueWeightingPercent: 10,
      },
    });
    const alert = page.form('Award the contract').querySelector('[role=alert]');
    expect(alert?.getAttribute('data-code')).toBe('RULE_VIOLATION');
    expect(alert?.textContent).toContain('The contract was not awarded');
    expect(alert?.textContent).toContain('The award gateway (G3) has not passed yet');
  });

  it('sends the award date when one is given, for a contract awarded before it is recorded', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer, staff);

    await fillAward(page);
    page.fill('Award date', '2026-03-14');
    queueAnswers({ data: { awardContract: contract() } }, { data: { contract: contract(), socialValueMeasures: [measure()] } }, staff);
    await page.submit('Award the contract');

    expect(sentRequest(page.fetch, 3).variables['input']).toMatchObject({ awardedOn: '2026-03-14', startDate: '2026-04-01' });
  });

  it('opens the new contract once awarded', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer, staff);

    await fillAward(page);
    queueAnswers({ data: { awardContract: contract() } }, { data: { contract: contract(), socialValueMeasures: [measure()] } }, staff);
    await page.submit('Award the contract');

    expect(TestBed.inject(Router).url).toBe('/contracts/contract-1');
  });

  it('is not offered to a committee member', async () => {
    const page = await PageHarness.open(URL, COMMITTEE_USER, answer);

    expect(page.hasButton('Award contract')).toBe(false);
  });
});
