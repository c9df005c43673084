import { createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command } from 'commander';
import type { InclusionProofFile, SignedHead } from '@ledger/event-store-core';
import type { Stores } from '@ledger/runtime';
import { withStores } from '../context';
import { EXIT } from '../exit-codes';

const describeHead = (head: SignedHead) =>
  `${head.recorded ? 'Signed' : 'Nothing new since'} checkpoint of ${head.checkpoint.treeSize} events: root ${head.checkpoint.rootHash}, key ${head.checkpoint.keyId}, signed ${head.checkpoint.signedAt}`;

/** The log's checkpoints, with the libraries behind them loaded when a command runs rather than at start-up. */
const checkpointsOf = async (stores: Stores) => (await import('@ledger/runtime')).logCheckpointsFor(stores);
const eventStoreCore = () => import('@ledger/event-store-core');

const sign = new Command('sign')
  .description('Verify the log and sign a checkpoint of its head now (the API also signs every CHECKPOINT_INTERVAL_MINUTES and at each strategy pack)')
  .action(async () => {
    await withStores(async ({ stores }) => {
      console.log(describeHead(await (await checkpointsOf(stores)).sign('on-demand', await checkpointActor(), new Date())));
    });
  });

const exportFile = new Command('export')
  .description('Sign a checkpoint of the head and write it for an auditor to keep: the signed head, the public key and the hashes of the events it covers')
  .argument('<file>', 'the file to write (must not exist)')
  .action(async (file: string) => {
    const { RuleViolationError } = await eventStoreCore();
    if (existsSync(file)) throw new RuleViolationError(`${file} exists: choose a new file name`);
    mkdirSync(dirname(file), { recursive: true });
    await withStores(async ({ stores }) => {
      const checkpoints = await checkpointsOf(stores);
      const head = await checkpoints.sign('audit-export', await checkpointActor(), new Date());
      writeFileSync(file, checkpoints.exportFile(head), { flag: 'wx' });
      console.log(describeHead(head));
      console.log(`Written to ${file}. The auditor checks the log against it with: ledger verify --against ${file}`);
    });
  });

const publicKey = new Command('public-key')
  .description('Print the public key (PEM) that verifies this installation’s checkpoints, and its key id')
  .action(async () => {
    await withStores(async ({ stores }) => {
      process.stdout.write((await checkpointsOf(stores)).publicKeyPem());
      console.error(`key id ${stores.keys.checkpointSigning.keyId}`);
    });
  });

const prove = new Command('prove')
  .description('Print a proof (JSON) that the event at POSITION is in the log under a signed checkpoint: checked without the log by `checkpoint check-proof`')
  .argument('<position>', 'the event’s global position')
  .action(async (position: string) => {
    const { InvalidInputError } = await eventStoreCore();
    if (!/^\d+$/.test(position)) throw new InvalidInputError('position must be a whole number, as `ledger history` shows it');
    await withStores(async ({ stores }) => {
      console.log(JSON.stringify(await (await checkpointsOf(stores)).proveInclusion(BigInt(position)), null, 1));
    });
  });

const checkProof = new Command('check-proof')
  .description('Check a proof from `checkpoint prove` against a public key you trust; needs no store')
  .argument('<proof>', 'the proof file')
  .requiredOption('--public-key <file>', 'the PEM public key you kept (not the one inside the proof)')
  .action(async (file: string, options: { publicKey: string }) => {
    const { INCLUSION_PROOF_FORMAT, InvalidInputError, checkInclusionProof } = await eventStoreCore();
    let proof: InclusionProofFile;
    try {
      proof = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new InvalidInputError(`${file} is not a proof file: it is not JSON`);
    }
    if (proof?.format !== INCLUSION_PROOF_FORMAT || !Array.isArray(proof.auditPath) || !proof.checkpoint || !proof.event) {
      throw new InvalidInputError(`${file} is not a proof file: its format is not ${INCLUSION_PROOF_FORMAT}`);
    }
    let key;
    try {
      key = createPublicKey(readFileSync(options.publicKey, 'utf8'));
    } catch {
      throw new InvalidInputError(`${options.publicKey} is not a PEM public key`);
    }
    const problem = checkInclusionProof(proof, key);
    if (problem) {
      console.log(`NOT PROVEN: ${problem}`);
      process.exitCode = EXIT.verificationFailed;
      return;
    }
    console.log(
      `PROVEN: event ${proof.event.streamId}@${proof.event.revision} (${proof.event.type}, hash ${proof.event.hash}) is event ${proof.leafIndex + 1} of the log under the checkpoint of ${proof.checkpoint.treeSize} events signed ${proof.checkpoint.signedAt} (key ${proof.checkpoint.keyId})`,
    );
  });

/** The CLI is run by whoever holds the host: its checkpoints name the command line, not a user. */
const checkpointActor = async () => ({ actorId: 'system:cli', actorRoles: (await import('@ledger/shared-api')).CHECKPOINT_SYSTEM_ACTOR.actorRoles });

export const checkpointCommand = new Command('checkpoint')
  .description('Signed checkpoints of the log (ADR 0018): tamper evidence that holds against whoever runs the database')
  .addCommand(sign)
  .addCommand(exportFile)
  .addCommand(publicKey)
  .addCommand(prove)
  .addCommand(checkProof);
