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
});
