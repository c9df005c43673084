import { nextUkMidnight } from '@ledger/shared-domain';

/**
 * Runs before each spec file is collected (the preset's `setupFiles`): started within a few minutes
 * of UK midnight, the file waits for the new day first. What the product shows depends on the UK
 * date (a pack's period, what is overdue, "today"), and a file that straddled midnight would see
 * the day change between two assertions. CI once failed so: a strategy pack regenerated after
 * midnight rightly said its period ended a day later, so it was a new pack. Day boundaries
 * themselves are tested in the deciders' and calendar specs, with explicit instants.
 *
 * The wait blocks synchronously (nothing of the file has run yet) so that values the specs compute
 * while being collected, such as this year, are of the new day too. The longest spec file (the
 * CLI's end-to-end suite) took 217 s in the last full run.
 */
export const UK_MIDNIGHT_GUARD_MS = 5 * 60_000;

const now = new Date();
const untilMidnight = nextUkMidnight(now).getTime() - now.getTime();
if (untilMidnight <= UK_MIDNIGHT_GUARD_MS) {
  const wait = untilMidnight + 1_000;
  process.stderr.write(`Waiting ${Math.ceil(wait / 1000)} s for UK midnight, so that no spec file straddles it (tools/jest/clear-of-uk-midnight.ts)\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
}
