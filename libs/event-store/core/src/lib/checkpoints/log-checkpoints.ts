import { KeyObject, createPublicKey, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ConcurrencyConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { EventStore } from '../event-store';
import { StoreIntegrityError } from '../errors';
import { handleCommand } from '../handle-command';
import { recordedStore } from '../upcasting';
import { ExternalCheckpoint, VerificationReport, VerifyOptions, walkAndVerify } from '../verify';
import { inclusionProof, merkleRoot, verifyInclusion } from './merkle';
import {
  CHECKPOINT_STREAM,
  CheckpointReason,
  LOG_NAME,
  LogCheckpointSigned,
  SignedCheckpoint,
  logCheckpointDecider,
  publicKeyId,
  signStatement,
  statementOf,
  trustedKeyMap,
  checkSignature,
} from './log-checkpoint';

export const CHECKPOINT_FILE_FORMAT = 'governance-ledger-checkpoint/1';

export interface CheckpointKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Public keys of retired signing keys, so checkpoints they signed still verify. */
  retiredPublicKeys?: readonly KeyObject[];
  /** Where the newest checkpoint is also kept, outside the store (catches truncation by a DBA). */
  latestFile?: string;
}

export interface SignedHead {
  checkpoint: SignedCheckpoint;
  /** Packed hashes of the events it covers, for an auditor's copy. */
  eventHashes: Buffer;
  /** False when nothing was appended since the last checkpoint, which is returned instead. */
  recorded: boolean;
}

/**
 * Signed checkpoints of the log (ADR 0018): signs only a log that verifies, records the checkpoint
 * in the log, keeps the newest one in a file outside the store, and verifies against all of them.
 */
export class LogCheckpoints {
  readonly keyId: string;
  private readonly trustedKeys: Map<string, KeyObject>;

  constructor(
    private readonly store: EventStore,
    private readonly keys: CheckpointKeys,
  ) {
    this.keyId = publicKeyId(keys.publicKey);
    this.trustedKeys = trustedKeyMap([keys.publicKey, ...(keys.retiredPublicKeys ?? [])]);
  }

  async hasEvents(): Promise<boolean> {
    return (await this.store.headPosition()) > 0n;
  }

  publicKeyPem(): string {
    return this.keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /**
   * Verifies the log against the checkpoints in it, the installation's latest file and any
   * auditor's copies. A rewrite before a checkpoint, or events removed after one, is named.
   */
  async verify(options: Pick<VerifyOptions, 'onProgress' | 'workers'> & { against?: readonly ExternalCheckpoint[]; extraTrustedKeys?: readonly KeyObject[] } = {}): Promise<VerificationReport> {
    const trustedKeys = new Map([...this.trustedKeys, ...trustedKeyMap(options.extraTrustedKeys ?? [])]);
    const external = [...(options.against ?? [])];
    const latest = this.readLatestFile();
    if (latest) external.push(latest);
    return (await walkAndVerify(this.store, { onProgress: options.onProgress, workers: options.workers, trustedKeys, external })).report;
  }

  /**
   * Signs the head of the log; when nothing was appended since the newest checkpoint, returns that
   * one instead of signing the same head again.
   */
  async sign(reason: CheckpointReason, actor: { actorId: string; actorRoles: readonly string[] }, now: Date): Promise<SignedHead> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.signOnce(reason, actor, now);
      } catch (error) {
        // Another instance signed between our walk and our append: walk again and continue from it.
        if (!(error instanceof ConcurrencyConflictError) || attempt >= 3) throw error;
      }
    }
  }

  private async signOnce(reason: CheckpointReason, actor: { actorId: string; actorRoles: readonly string[] }, now: Date): Promise<SignedHead> {
    // Signing a tampered log would vouch for the tampering: the whole log is verified first.
    const walked = await walkAndVerify(this.store, { trustedKeys: this.trustedKeys, external: this.latestAsList() });
    if (!walked.report.ok) {
      throw new StoreIntegrityError(`The log does not verify, so no checkpoint was signed: position ${walked.report.firstBrokenPosition}: ${walked.report.reason}`);
    }
    const { eventHashes, checkpointStream } = walked;
    const treeSize = eventHashes.length;
    if (treeSize === 0) throw new RuleViolationError('The log is empty: there is nothing to sign yet');
    // Nothing but the newest checkpoint itself was appended since it was signed.
    if (checkpointStream.eventIndex >= 0 && checkpointStream.eventIndex === treeSize - 1) {
      const newest = await this.newestInLog();
      if (newest) return { checkpoint: newest, eventHashes: eventHashes.slice(0, newest.treeSize), recorded: false };
    }
    const checkpoint = signStatement(
      {
        log: LOG_NAME,
        treeSize,
        rootHash: merkleRoot(eventHashes).toString('hex'),
        previousTreeSize: checkpointStream.treeSize,
        signedAt: now.toISOString(),
        reason,
        keyId: this.keyId,
      },
      this.keys.privateKey,
    );
    const commandId = randomUUID();
    const result = await handleCommand(
      this.store,
      CHECKPOINT_STREAM,
      logCheckpointDecider,
      {
        type: 'RecordCheckpoint',
        checkpoint: {
          ...checkpoint,
          rangeEventHashes: eventHashes.slice(checkpointStream.treeSize, treeSize).toString('base64'),
          throughPosition: walked.lastPosition.toString(),
        },
      },
      { commandId, correlationId: commandId, causationId: commandId, actorId: actor.actorId, actorRoles: [...actor.actorRoles], now },
      { expectedRevision: checkpointStream.revision },
    );
    const head = { checkpoint, eventHashes: eventHashes.slice(0, treeSize), recorded: result.newEvents.length > 0 };
    this.writeLatestFile(head);
    return head;
  }

  /**
   * Proof that the event at `position` is in the log under the newest signed checkpoint covering
   * it: the event's hash, its index and log2(n) sibling hashes (RFC 6962). Whoever holds the
   * public key checks it with `checkInclusionProof`, without the log.
   */
  async proveInclusion(position: bigint): Promise<InclusionProofFile> {
    const walked = await walkAndVerify(this.store, { trustedKeys: this.trustedKeys });
    if (!walked.report.ok) throw new StoreIntegrityError(`The log does not verify: position ${walked.report.firstBrokenPosition}: ${walked.report.reason}`);
    const events = await recordedStore(this.store).readAll({ from: position, to: position });
    const event = events[0];
    if (!event) throw new NotFoundError(`No event at position ${position}`);
    const index = await this.indexOf(position);
    const checkpoint = (await this.allInLog()).find((candidate) => candidate.treeSize > index);
    if (!checkpoint) throw new RuleViolationError(`No signed checkpoint covers position ${position} yet: sign one first (ledger checkpoint sign)`);
    return {
      format: INCLUSION_PROOF_FORMAT,
      event: { position: position.toString(), streamId: event.streamId, revision: event.revision, type: event.type, hash: event.metadata.hash },
      leafIndex: index,
      checkpoint: { ...statementOf(checkpoint), signature: checkpoint.signature },
      publicKey: this.publicKeyPem(),
      auditPath: inclusionProof(walked.eventHashes, index, checkpoint.treeSize).map((hash) => hash.toString('hex')),
    };
  }

  private async indexOf(position: bigint): Promise<number> {
    let index = 0;
    let from = 0n;
    for (;;) {
      const page = await recordedStore(this.store).readAll({ from, limit: 1000 });
      for (const event of page) {
        if (event.position === position) return index;
        index += 1;
      }
      if (page.length < 1000) throw new NotFoundError(`No event at position ${position}`);
      from = page[page.length - 1].position + 1n;
    }
  }

  private async allInLog(): Promise<SignedCheckpoint[]> {
    return (await recordedStore(this.store).readStream(CHECKPOINT_STREAM)).map((event) => event.data as SignedCheckpoint);
  }

  /** The text of an auditor's copy: the signed head, the public key, and the covered event hashes. */
  exportFile(head: SignedHead): string {
    return `${JSON.stringify(
      {
        format: CHECKPOINT_FILE_FORMAT,
        checkpoint: head.checkpoint,
        publicKey: this.publicKeyPem(),
        eventHashes: head.eventHashes.toString('base64'),
      },
      null,
      1,
    )}\n`;
  }

  private async newestInLog(): Promise<SignedCheckpoint | null> {
    const events = await recordedStore(this.store).readStream(CHECKPOINT_STREAM);
    const last = events.at(-1);
    return last ? { ...statementOf(last.data as LogCheckpointSigned['data']), signature: (last.data as SignedCheckpoint).signature } : null;
  }

  private latestAsList(): ExternalCheckpoint[] {
    const latest = this.readLatestFile();
    return latest ? [latest] : [];
  }

  private readLatestFile(): ExternalCheckpoint | null {
    const file = this.keys.latestFile;
    if (!file) return null;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseCheckpointFile(text, `the installation's latest checkpoint (${file})`);
  }

  private writeLatestFile(head: SignedHead): void {
    const file = this.keys.latestFile;
    if (!file) return;
    // Another instance may have written a longer head meanwhile: keep whichever covers more.
    const current = this.readLatestFile();
    if (current && current.checkpoint.treeSize >= head.checkpoint.treeSize) return;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, this.exportFile(head), { mode: 0o600 });
    renameSync(temporary, file);
  }
}

export const INCLUSION_PROOF_FORMAT = 'governance-ledger-inclusion/1';

export interface InclusionProofFile {
  format: typeof INCLUSION_PROOF_FORMAT;
  event: { position: string; streamId: string; revision: number; type: string; hash: string };
  leafIndex: number;
  checkpoint: SignedCheckpoint;
  publicKey: string;
  auditPath: string[];
}

/**
 * Checks an inclusion proof without the log: the checkpoint's signature under the given public key
 * (the auditor's own copy, not the one in the file), then the audit path up to its signed root.
 */
export function checkInclusionProof(proof: InclusionProofFile, trustedPublicKey: KeyObject): string | null {
  const badSignature = checkSignature(proof.checkpoint, trustedKeyMap([trustedPublicKey]));
  if (badSignature) return `the checkpoint cannot be trusted: ${badSignature}`;
  const included = verifyInclusion(
    Buffer.from(proof.event.hash, 'hex'),
    proof.leafIndex,
    proof.checkpoint.treeSize,
    proof.auditPath.map((hash) => Buffer.from(hash, 'hex')),
    Buffer.from(proof.checkpoint.rootHash, 'hex'),
  );
  return included ? null : `event ${proof.event.hash} is not at index ${proof.leafIndex} under the signed root`;
}

/** Reads an auditor's checkpoint file, refusing anything that is not one, with the reason. */
export function parseCheckpointFile(text: string, label: string): ExternalCheckpoint & { publicKey: KeyObject } {
  const refuse = (why: string): never => {
    throw new InvalidInputError(`${label} is not a checkpoint file: ${why}`);
  };
  let parsed: { format?: unknown; checkpoint?: Partial<SignedCheckpoint>; publicKey?: unknown; eventHashes?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('it is not JSON');
  }
  if (parsed.format !== CHECKPOINT_FILE_FORMAT) refuse(`its format is not ${CHECKPOINT_FILE_FORMAT}`);
  const checkpoint = parsed.checkpoint ?? refuse('it has no checkpoint');
  const { treeSize, previousTreeSize, rootHash, signedAt, reason, keyId, signature, log } = checkpoint;
  if (log !== LOG_NAME || !Number.isSafeInteger(treeSize) || !Number.isSafeInteger(previousTreeSize) || typeof rootHash !== 'string' || typeof signedAt !== 'string' || typeof reason !== 'string' || typeof keyId !== 'string' || typeof signature !== 'string') {
    refuse('its checkpoint lacks a field');
  }
  if (typeof parsed.eventHashes !== 'string') refuse('it has no event hashes');
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(String(parsed.publicKey));
  } catch {
    return refuse('its public key is not a PEM public key');
  }
  return { checkpoint: checkpoint as SignedCheckpoint, eventHashes: Buffer.from(parsed.eventHashes as string, 'base64'), label, publicKey };
}
