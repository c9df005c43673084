import { Locator, Page } from 'playwright-core';

/**
 * A form by its legend: either already on the page (in a record's details, which may still be
 * rendering) or behind its "Record changes" button (named as the legend), opened if need be.
 */
export async function formByLegend(page: Page, legend: string): Promise<Locator> {
  const group = page.getByRole('group', { name: legend, exact: true });
  const opener = page.getByRole('main').locator('.record-changes > .button-row').getByRole('button', { name: legend, exact: true });
  await group.or(opener).first().waitFor();
  if (!(await group.isVisible())) {
    await opener.click();
  }
  await group.waitFor();
  return group;
}
