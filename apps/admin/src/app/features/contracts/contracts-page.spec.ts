import { AUDITOR_USER, STAFF_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
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
  it('lists each contract with its reference, supplier, values in pounds, status, UK end date and managers, linked to its page', async () => {
    const page = await PageHarness.open('/contracts', AUDITOR_USER, { data: { contracts: [ACTIVE, ENDED] } });

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null });
    expect(page.text('h1')).toBe('Contracts');
    expect(rows(page)).toEqual([
      'Highways maintenance Ref. contract-1 | Acme Roads Ltd | £300,000 | £320,000 | Active | 31 Dec 2028 | Jo Evans',
      'Cleaning Ref. contract-2 | Shine plc | £80,000 | £80,000 | Ended | 31 Dec 2028 | None assigned',
    ]);
    expect(page.one<HTMLAnchorElement>('tbody a').getAttribute('href')).toBe('/contracts/contract-1');
  });

  it('tells lots of one procurement apart by their reference, which describes each link', async () => {
    const lot2 = contract({ id: 'CON-2026-014', supplierName: 'Acme Roads Ltd', currentValue: 50000 });
    const page = await PageHarness.open('/contracts', AUDITOR_USER, { data: { contracts: [ACTIVE, lot2] } });

    const links = page.all<HTMLAnchorElement>('tbody a');
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Highways maintenance', 'Highways maintenance']);
    const described = links.map((a) => page.one(`[id="${a.getAttribute('aria-describedby')}"]`).textContent?.trim());
    expect(described).toEqual(['Ref. contract-1', 'Ref. CON-2026-014']);
  });

  it('filters the register by status', async () => {
    const page = await PageHarness.open('/contracts', AUDITOR_USER, { data: { contracts: [ACTIVE, ENDED] } });

    page.fill('Show', 'ENDED');
    await page.settle();
    expect(rows(page)).toEqual(['Cleaning Ref. contract-2 | Shine plc | £80,000 | £80,000 | Ended | 31 Dec 2028 | None assigned']);

    page.fill('Show', 'TERMINATED');
    await page.settle();
    expect(rows(page)).toEqual(['No contract is terminated.']);
  });

  describe('the register download', () => {
    it('downloads the contracts register in the format chosen, as at the page’s instant, with the bearer token', async () => {
      const page = await PageHarness.open('/contracts', AUDITOR_USER, { data: { contracts: [ACTIVE, ENDED] } });
      queueAnswers({ data: { contracts: [ACTIVE] } });
      const asAt = page.field('As at');
      asAt.value = '2025-06-30T12:00';
      asAt.dispatchEvent(new Event('change'));
      await page.settle();
      expect(sentRequest(page.fetch, 2).variables).toEqual({ asOf: new Date('2025-06-30T12:00').toISOString() });

      const blob = new Blob(['Contract reference'], { type: 'text/csv' });
      page.fetch.mockImplementationOnce(async () => ({
        ok: true,
        status: 200,
        headers: new Headers({ 'Content-Disposition': 'attachment; filename="contracts-register-2025-06-30.csv"' }),
        blob: async () => blob,
      }));
      const createObjectURL = jest.fn(() => 'blob:contracts');
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      let saved: string | null = null;
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved = this.download;
      });

      expect(page.text('.register-download')).toContain('as at');
      page.fill('Download the contracts register as', 'csv');
      await page.click('Download');

      const [url, init] = page.fetch.mock.calls.at(-1) as [string, RequestInit];
      const asOf = new Date('2025-06-30T12:00').toISOString();
      expect(url).toBe(`/api/contracts/exports/contracts-register?format=csv&asOf=${encodeURIComponent(asOf)}`);
      expect(init.headers).toEqual({ Authorization: 'Bearer valid' });
      expect(createObjectURL).toHaveBeenCalledWith(blob);
      expect(saved).toBe('contracts-register-2025-06-30.csv');
      click.mockRestore();
    });

    it('asks for the live register as a workbook by default, and says in words why a download failed', async () => {
      const page = await PageHarness.open('/contracts', CONTRACT_MANAGER_USER, { data: { contracts: [ACTIVE] } });
      page.fetch.mockImplementationOnce(async () => ({ ok: false, status: 403, json: async () => ({ error: { code: 'FORBIDDEN' } }) }));

      await page.click('Download');

      const [url] = page.fetch.mock.calls.at(-1) as [string, RequestInit];
      expect(url).toBe('/api/contracts/exports/contracts-register?format=xlsx');
      expect(page.text('.field-error[role=alert]')).toBe(
        'The download failed. Your role does not allow this. Ask an administrator if you need it.',
      );
    });
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
