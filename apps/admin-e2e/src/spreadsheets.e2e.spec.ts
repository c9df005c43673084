import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { Journey, Someone, startJourney } from './support/journey';

const HR_LEAD: Someone = {
  email: 'hr.lead@demo.ledger.example',
  password: 'demo-ledger-2026',
  name: 'Harriet Reid (HR lead)',
};

const HEADER = 'email,competency,level,evidence';
const GOOD_ROW = 'officer@demo.ledger.example,Contract law basics,3,Contract law course certificate';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n') + '\n');

// Issue 12: HR imports a spreadsheet from the skills matrix, sees the bad row named by its line
// and reason before anything is written, fixes it and imports; any register downloads as CSV.
describe('spreadsheets in the admin UI', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    ({ page } = journey);
    await journey.signIn(HR_LEAD);
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
  });

  it('checks a file, names its bad row by line and reason, and imports it once fixed', async () => {
    await journey.openFromNavigation('Skills matrix');
    await page.getByRole('button', { name: 'Import assessments from a spreadsheet' }).click();
    const panel = page.getByRole('region', { name: 'Import assessments' });
    const file = panel.getByLabel('Spreadsheet (CSV or XLSX)');

    await file.setInputFiles({
      name: 'assessments.csv',
      mimeType: 'text/csv',
      buffer: csv(GOOD_ROW, 'jordan.hale@demo.ledger.example,Contract law basics,high,Team review'),
    });
    await panel.getByRole('button', { name: 'Check the file' }).click();
    const refused = panel.getByRole('region', { name: 'Refused rows' });
    await refused.waitFor();
    expect(await refused.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^3\s+level "high" is not a whole number from 0 to 4$/),
    ]);
    expect(await panel.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await journey.screenshot('sheets-ui-refused');

    await file.setInputFiles({
      name: 'assessments.csv',
      mimeType: 'text/csv',
      buffer: csv(GOOD_ROW, 'jordan.hale@demo.ledger.example,Contract law basics,2,Team review'),
    });
    await panel.getByRole('button', { name: 'Check the file' }).click();
    await panel.getByText('All 2 rows are valid.').waitFor();
    await panel.getByRole('button', { name: 'Import 2 rows' }).click();
    await panel.getByText('Imported: 2 rows of assessments.csv recorded as assessments.').waitFor();
    await page.getByText('Imported 2 rows from assessments.csv.').waitFor();
    await journey.screenshot('sheets-ui-imported');
    expect(journey.failedGraphqlAnswers).toEqual([]);
  });

  it('downloads a register as CSV', async () => {
    await journey.openFromNavigation('Establishment');
    await page.getByLabel('Download the establishment as').selectOption('csv');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/^establishment-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split(/\r?\n/)[0]).toBe('Title,FTE,Status,Holder,Start date,Target year,Justification,Decision reason');
  });
});
