import { existsSync, readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { fromRoot } from './workspace';

/** axe-core's script, when the workspace has it (the one accessibility engine the journeys use). */
const AXE_SCRIPT = fromRoot('node_modules/axe-core/axe.min.js');

/** Whether axe-core is installed; a check that needs it is skipped, and says so, when it is not. */
const axeInstalled = (): boolean => existsSync(AXE_SCRIPT);

/**
 * axe-core's violations on the page, as "rule: target" lines. The script is evaluated through the
 * debugging protocol, so the product's content security policy need not allow it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!axeInstalled()) {
    throw new Error('axe-core is not installed in the workspace: the accessibility check cannot run.');
  }
  await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  });
}
