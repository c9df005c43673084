import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { AUDITOR_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { heatMapFor, risk } from '../../../testing/governance-fixtures';
import { PageHarness } from '../../../testing/page-harness';

const RISKS = [risk()];
const answer = () => ({ data: { risks: RISKS, riskHeatMap: heatMapFor(RISKS) } });
const INSTANT = '2026-01-20T12:00:00.000Z';

describe('the "as at" instant in the address', () => {
  const url = () => TestBed.inject(Router).url;

  it('opens a page as at the instant in its address, and in-app links keep it', async () => {
    const page = await PageHarness.open('/risks?asAt=2026-01-20T12:00:00Z', AUDITOR_USER, answer());

    expect(page.fetch).toHaveBeenCalledTimes(2);
    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: INSTANT });
    expect(page.text('.as-of-banner')).toContain('Showing the register as at 20 January 2026');
    expect(TestBed.inject(Router).serializeUrl(TestBed.inject(Router).createUrlTree(['/lessons']))).toBe(
      '/lessons?asAt=2026-01-20T12:00:00Z',
    );
  });

  it('writes the instant the user picks into the address, and “Back to live data” takes it out', async () => {
    const page = await PageHarness.open('/risks', AUDITOR_USER, answer());
    queueAnswers(answer(), answer());

    const asAt = page.field('As at');
    asAt.value = '2026-01-20T12:00';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    const picked = new Date('2026-01-20T12:00').toISOString();
    expect(url()).toBe(`/risks?asAt=${picked.replace('.000Z', 'Z')}`);
    expect(sentRequest(page.fetch, 2).variables).toEqual({ asOf: picked });

    await page.click('Back to live data');
    expect(url()).toBe('/risks');
    expect(sentRequest(page.fetch, 3).variables).toEqual({ asOf: null });
    expect(page.all('.as-of-banner')).toHaveLength(0);
  });

  it('ignores an instant that is not one, says so, and shows live data', async () => {
    const page = await PageHarness.open('/risks?asAt=last-tuesday', AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null });
    expect(page.text('.as-at-problem')).toContain('“last-tuesday”, which is not a date and time, so live data is shown.');
    expect(page.all('.as-of-banner')).toHaveLength(0);

    await page.click('Back to live data');
    expect(url()).toBe('/risks');
    expect(page.all('.as-at-problem')).toHaveLength(0);
  });
});
