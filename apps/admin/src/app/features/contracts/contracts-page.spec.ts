import { AUDITOR_USER, STAFF_USER, sentRequest } from '../../../testing/fetch-stub';
import { CONTRACT_MANAGER_USER, JO, contract } from '../../../testing/contracts-fixtures';
import { PageHarness } from '../../../testing/page-harness';

const ACTIVE = contract({ managers: [JO], currentValue: 320000 });
const ENDED = contract({
  id: 'contract-2',
  title: 'Cleaning',
  supplierName: 'Shine plc',
  status: 'ENDED',
  awardedValue: 80000,
  currentValue: 80000,
});

const rows = (page: PageHarness) =>
  page.all('tbody tr').map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).join(' | '));

describe('ContractsPage', () => {
  it('lists each contract with its supplier, values in pounds, status, UK end date and managers, linked to its page', async () => {
    const page = await PageHarness.open('/contracts', AUDITOR_USER, { data: { contracts: [ACTIVE, ENDED] } });

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null });
    expect(page.text('h1')).toBe('Contracts');
    expect(rows(page)).toEqual([
      'Highways maintenance | Acme Roads Ltd | £300,000 | £320,000 | Active | 31 Dec 2028 | Jo Evans',
      'Cleaning | Shine plc | £80,000 | £80,000 | Ended | 31 Dec 2028 | None assigned',
    ]);
    expect(page.one<HTMLAnchorElement>('tbody a').getAttribute('href')).toBe('/contracts/contract-1');
  });

  it('filters the register by status', async () => {
    const page = await PageHarness.open('/contracts', AUDITOR_USER, { data: { contracts: [ACTIVE, ENDED] } });

    page.fill('Show', 'ENDED');
    await page.settle();
    expect(rows(page)).toEqual(['Cleaning | Shine plc | £80,000 | £80,000 | Ended | 31 Dec 2028 | None assigned']);

    page.fill('Show', 'TERMINATED');
    await page.settle();
    expect(rows(page)).toEqual(['No contract is terminated.']);
  });

  it('tells a role that may not read contracts so plainly, without asking the API', async () => {
    const page = await PageHarness.open('/contracts', STAFF_USER);

    expect(page.text('[role=note]')).toContain('You do not have access to this page.');
    expect(page.fetch).toHaveBeenCalledTimes(1);
  });

  const navLinks = (page: PageHarness) =>
    [...(page.harness.fixture.nativeElement as HTMLElement).querySelectorAll('nav[aria-label=Main] a')].map((a) => a.textContent?.trim());

  it('is in the navigation of a contract manager', async () => {
    const page = await PageHarness.open('/contracts', CONTRACT_MANAGER_USER, { data: { contracts: [ACTIVE] } });

    expect(navLinks(page)).toEqual(expect.arrayContaining(['Contracts', 'Social value']));
  });

  it('is not in the navigation of a role that cannot read contracts', async () => {
    const page = await PageHarness.open('/contracts', STAFF_USER, { data: { contracts: [] } });

    expect(navLinks(page)).not.toContain('Contracts');
    expect(navLinks(page)).not.toContain('Social value');
  });
});
