import { KeyObject, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { ExternalCheckpoint, VerificationReport } from '@ledger/event-store-core';
import { withStores } from '../context';
import { EXIT } from '../exit-codes';

const collect = (value: string, previous: string[]) => [...previous, value];

export const verifyCommand = new Command('verify')
  .description(
    'Walk the whole log: check every hash, every signed checkpoint in the log, the latest checkpoint kept beside the keys and any auditor’s copy; names the first position that no longer matches (exit 3)',
  )
  .option('--against <file>', 'a checkpoint file from `ledger checkpoint export` (repeatable)', collect, [])
  .option('--public-key <file>', 'a PEM public key the auditor trusts, for checkpoints signed by a key this installation no longer holds')
  .action(async (options: { against: string[]; publicKey?: string }) => {
    const [{ InvalidInputError, parseCheckpointFile }, { logCheckpointsFor }] = await Promise.all([import('@ledger/event-store-core'), import('@ledger/runtime')]);
    const readText = (file: string): string => {
      try {
        return readFileSync(file, 'utf8');
      } catch (error) {
        throw new InvalidInputError(`Cannot read ${file}: ${(error as Error).message}`);
      }
    };
    const publicKeyFrom = (file: string): KeyObject => {
      const pem = readText(file);
      try {
        return createPublicKey(pem);
      } catch {
        throw new InvalidInputError(`${file} is not a PEM public key`);
      }
    };
    const against: ExternalCheckpoint[] = options.against.map((file) => parseCheckpointFile(readText(file), `the checkpoint in ${file}`));
    const extraTrustedKeys: KeyObject[] = options.publicKey ? [publicKeyFrom(options.publicKey)] : [];
    await withStores(async ({ stores }) => {
      const report = await logCheckpointsFor(stores).verify({
        against,
        extraTrustedKeys,
        onProgress: (checked) => process.stderr.write(`\rchecked ${checked} events`),
      });
      process.stderr.write('\n');
      printReport(report, stores.describe);
      if (!report.ok) process.exitCode = EXIT.verificationFailed;
    });
  });

function printReport(report: VerificationReport, describe: string): void {
  if (!report.ok) {
    console.log(`BROKEN at position ${report.firstBrokenPosition}: ${report.reason}`);
    console.log(`${report.eventsChecked} events checked before it`);
    return;
  }
  console.log(`OK: ${report.eventsChecked} events checked, the hash chain is intact (${describe})`);
  const latest = report.latestCheckpoint;
  if (!latest) {
    console.log('No signed checkpoint yet: a rewrite with recomputed hashes would not be caught. Run `ledger checkpoint sign`.');
    return;
  }
  console.log(`${report.checkpointsChecked} signed checkpoints in the log check out; the newest covers ${latest.treeSize} events (signed ${latest.signedAt}, key ${latest.keyId}, root ${latest.rootHash})`);
  if (report.eventsAfterLatestCheckpoint > 0) console.log(`${report.eventsAfterLatestCheckpoint} events after it are covered by the hash chains only, until the next checkpoint`);
}

