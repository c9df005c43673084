import { AUDITOR_USER, PROCUREMENT_LEAD_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { measure } from '../../../testing/contracts-fixtures';
import { PageHarness } from '../../../testing/page-harness';

const CARBON = measure({
  id: 'measure-2',
  theme: 'Fighting climate change',
  outcome: 'Carbon saved',
  unit: 'tCO2e',
  proxyValuePerUnit: null,
});
const answer = (...measures: ReturnType<typeof measure>[]) => ({ data: { socialValueMeasures: measures } });
const rows = (page: PageHarness) =>
  page.all('tbody tr').map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).join(' | '));

describe('SocialValuePage', () => {
  it('lists the measures with their proxy value in pounds, read-only to an auditor', async () => {
    const page = await PageHarness.open('/social-value', AUDITOR_USER, answer(measure(), CARBON));

    expect(rows(page)).toEqual([
      'Tackling economic inequality | Apprenticeships created | apprenticeship weeks | £250 | In use',
      'Fighting climate change | Carbon saved | tCO2e | None | In use',
    ]);
    expect(page.hasButton('Define a measure')).toBe(false);
  });

  it('defines a measure from behind its button, and retires one with the reason', async () => {
    const page = await PageHarness.open('/social-value', PROCUREMENT_LEAD_USER, answer(measure()));

    expect(page.all('form')).toHaveLength(0);
    await page.click('Define a measure');
    page.fill('Theme', 'Fighting climate change');
    page.fill('Outcome', 'Carbon saved');
    page.fill('Unit', 'tCO2e');
    queueAnswers({ data: { defineSocialValueMeasure: CARBON } }, answer(measure(), CARBON));
    await page.submit('Define a measure');

    expect(sentRequest(page.fetch, 2).variables).toEqual({
      input: {
        commandId: expect.any(String),
        theme: 'Fighting climate change',
        outcome: 'Carbon saved',
        unit: 'tCO2e',
        proxyValuePerUnit: null,
      },
    });
    expect(page.text('p.notice')).toBe('The measure “Carbon saved” was defined.');

    await page.click('Retire “Carbon saved”');
    page.fill('Reason', 'Replaced by the national measure');
    queueAnswers({ data: { retireSocialValueMeasure: { ...CARBON, retired: true } } }, answer(measure(), { ...CARBON, retired: true }));
    await page.submit('Retire “Carbon saved”');

    expect(sentRequest(page.fetch, 4).variables).toEqual({
      input: { commandId: expect.any(String), measureId: 'measure-2', reason: 'Replaced by the national measure' },
    });
    expect(rows(page)[1]).toBe('Fighting climate change | Carbon saved | tCO2e | None | Retired | ');
  });

  describe('the FOI answer on social value', () => {
    const asAt = async (page: PageHarness, value: string) => {
      const field = page.field('As at');
      field.value = value;
      field.dispatchEvent(new Event('change'));
      await page.settle();
    };

    it('downloads the year’s answer in the format chosen, as at the page’s instant, with the bearer token', async () => {
      const page = await PageHarness.open('/social-value', AUDITOR_USER, answer(measure()));
      queueAnswers(answer(measure()));
      await asAt(page, '2025-06-30T12:00');
      const blob = new Blob(['question,answer'], { type: 'text/csv' });
      page.fetch.mockImplementationOnce(async () => ({
        ok: true,
        status: 200,
        headers: new Headers({ 'Content-Disposition': 'attachment; filename="social-value-foi-2024.csv"' }),
        blob: async () => blob,
      }));
      const createObjectURL = jest.fn(() => 'blob:foi');
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      let saved: string | null = null;
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved = this.download;
      });

      // The years offered start from the instant's year.
      expect([...page.field('Year of award').options].map((o) => o.value).slice(0, 2)).toEqual(['2025', '2024']);
      page.fill('Year of award', '2024');
      page.fill('Format', 'csv');
      await page.click('Download FOI answer');

      const [url, init] = page.fetch.mock.calls.at(-1) as [string, RequestInit];
      const asOf = new Date('2025-06-30T12:00').toISOString();
      expect(url).toBe(`/api/contracts/social-value-foi?year=2024&format=csv&asOf=${encodeURIComponent(asOf)}`);
      expect(init.headers).toEqual({ Authorization: 'Bearer valid' });
      expect(createObjectURL).toHaveBeenCalledWith(blob);
      expect(saved).toBe('social-value-foi-2024.csv');
      expect(page.text('.foi [role=status]')).toBe('social-value-foi-2024.csv was downloaded.');
      click.mockRestore();
    });

    it('says in words why the answer was not downloaded', async () => {
      const page = await PageHarness.open('/social-value', PROCUREMENT_LEAD_USER, answer(measure()));
      page.fetch.mockImplementationOnce(async () => ({ ok: false, status: 403, json: async () => ({ error: { code: 'FORBIDDEN' } }) }));

      await page.click('Download FOI answer');

      expect(page.text('.foi [role=alert]')).toBe(
        'The FOI answer was not downloaded. Your role does not allow this. Ask an administrator if you need it.',
      );
      expect(page.text('.foi')).not.toContain('FORBIDDEN');
    });
  });
});
