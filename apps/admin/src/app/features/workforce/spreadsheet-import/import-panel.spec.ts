import { TestBed } from '@angular/core/testing';

import { Session } from '../../../core/auth/session';
import { TokenStore } from '../../../core/auth/token-store';
import type { ImportReport } from '../../../shared/spreadsheets/spreadsheet-files';
import { HR_LEAD_USER, PROCUREMENT_LEAD_USER, STAFF_USER, StubbedAnswer, queueAnswers, stubFetch } from '../../../../testing/fetch-stub';
import { ImportPanel } from './import-panel';

const report = (overrides: Partial<ImportReport>): StubbedAnswer =>
  ({
    kind: 'skills-matrix',
    dryRun: true,
    rowsRead: 3,
    applied: 0,
    alreadyApplied: 0,
    errors: [],
    ...overrides,
  }) as unknown as StubbedAnswer;

const CSV = new File(['email,competency,level,evidence\n'], 'assessments.csv', { type: 'text/csv' });

describe('ImportPanel', () => {
  async function setUp(user: object = HR_LEAD_USER, kind = 'skills-matrix') {
    sessionStorage.clear();
    TestBed.inject(TokenStore).set('valid');
    const fetch = stubFetch({ data: { me: user } });
    await TestBed.inject(Session).loadUser();
    const fixture = TestBed.createComponent(ImportPanel);
    fixture.componentRef.setInput('kind', kind);
    const imported: string[] = [];
    fixture.componentInstance.imported.subscribe((notice) => imported.push(notice));
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
    const render = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, panel: fixture.componentInstance, element, button, render, fetch, imported };
  }

  it('names each refused row of the check by its line and reason, and keeps the import shut', async () => {
    const { panel, element, button, render, fetch } = await setUp();
    button('Import assessments from a spreadsheet').click();
    await render();
    panel.chooseFile(CSV);
    queueAnswers(report({ errors: [{ line: 3, code: 'BAD_USER_INPUT', message: 'level "9" is not a whole number from 0 to 4' }] }));

    await panel.check();
    await render();

    const [url, init] = fetch.mock.calls.at(-1) as [string, RequestInit];
    expect(url).toBe('/api/workforce/imports/skills-matrix?dryRun=true');
    expect((init.headers as Record<string, string>)['Authorization']).toBe('Bearer valid');
    expect(init.body).toBeInstanceOf(FormData);
    expect(panel.canApply()).toBe(false);
    expect(button('Import').disabled).toBe(true);
    const cells = [...element.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['3', 'level "9" is not a whole number from 0 to 4']);
    expect(element.textContent).toContain('One line was refused. Nothing has been recorded.');
  });

  it('lets a clean file be imported, then says what was recorded', async () => {
    const { panel, element, button, render, fetch, imported } = await setUp();
    button('Import assessments from a spreadsheet').click();
    await render();
    panel.chooseFile(CSV);
    queueAnswers(report({}));

    await panel.check();
    await render();

    expect(element.textContent).toContain('All 3 rows are valid.');
    expect(panel.canApply()).toBe(true);
    expect(button('Import 3 rows').disabled).toBe(false);

    queueAnswers(report({ dryRun: false, applied: 3 }));
    button('Import 3 rows').click();
    await render();
    await render();

    expect((fetch.mock.calls.at(-1) as [string])[0]).toBe('/api/workforce/imports/skills-matrix?dryRun=false');
    expect(element.textContent).toContain('Imported: 3 rows of assessments.csv recorded as assessments.');
    expect(imported).toEqual(['Imported 3 rows from assessments.csv.']);
    expect(panel.canApply()).toBe(false);
  });

  it('asks for a new check when another file is chosen', async () => {
    const { panel } = await setUp();
    panel.chooseFile(CSV);
    queueAnswers(report({}));
    await panel.check();
    expect(panel.canApply()).toBe(true);

    panel.chooseFile(new File(['x'], 'other.csv'));

    expect(panel.canApply()).toBe(false);
  });

  it('is not offered to those who may not keep the workforce registers', async () => {
    const { element } = await setUp(STAFF_USER);

    expect(element.querySelector('button')).toBeNull();
  });

  it('imports a contracts register for those who award contracts: the column of each refusal named, and what a clean file would do', async () => {
    const { panel, element, button, render, fetch } = await setUp(PROCUREMENT_LEAD_USER, 'contracts-register');
    button('Import a contracts register from a spreadsheet').click();
    await render();
    panel.chooseFile(new File(['Contract reference\n'], 'register.csv', { type: 'text/csv' }));
    queueAnswers(
      report({
        kind: 'contracts-register',
        errors: [
          {
            line: 4,
            code: 'BAD_USER_INPUT',
            column: 'awarded_value',
            message: 'awarded value "-£5" is negative: an amount in pounds must be 0 or more',
          },
        ],
      }),
    );

    await panel.check();
    await render();

    expect((fetch.mock.calls.at(-1) as [string])[0]).toBe('/api/contracts/imports/contracts-register?dryRun=true');
    const cells = [...element.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['4', 'awarded value', 'awarded value "-£5" is negative: an amount in pounds must be 0 or more']);

    queueAnswers(
      report({
        kind: 'contracts-register',
        rows: [
          { line: 2, outcome: 'created', changes: ['awarded'] },
          { line: 3, outcome: 'unchanged', changes: [] },
        ],
        rowsRead: 2,
        alreadyApplied: 1,
      }),
    );
    await panel.check();
    await render();
    expect(element.textContent).toContain('All 2 rows are valid.');
    expect(element.textContent).toContain('New: 1. Updated: 0. Already on the record: 1.');
    expect(button('Import 2 rows').disabled).toBe(false);
  });

  it('does not offer the contracts register import to HR', async () => {
    const { element } = await setUp(HR_LEAD_USER, 'contracts-register');

    expect(element.querySelector('button')).toBeNull();
  });
});
