import { KeyObject, createHash, sign, verify } from 'node:crypto';
import { Decider, DomainEvent, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { canonicalJson } from '../canonical-json';

/** Signed checkpoints live in the log itself, so they move with it between stores (ADR 0014). */
export const CHECKPOINT_STREAM = 'log-checkpoints';
export const LOG_NAME = 'governance-ledger';

/**
 * What a checkpoint's signature covers: the log's first `treeSize` events have this Merkle root.
 * Positions are not in it: they differ between stores, the order of events does not.
 */
export interface CheckpointStatement {
  log: typeof LOG_NAME;
  treeSize: number;
  /** Hex RFC 6962 root over the event hashes of the first treeSize events. */
  rootHash: string;
  /** The previous checkpoint's treeSize (0 for the first): the range this one adds. */
  previousTreeSize: number;
  signedAt: string;
  reason: CheckpointReason;
  /** Which signing key: the first 16 hex digits of sha256 over its public key (DER). */
  keyId: string;
}

export type CheckpointReason = 'interval' | 'on-demand' | 'strategy-pack' | 'audit-export';
export const CHECKPOINT_REASONS: readonly CheckpointReason[] = ['interval', 'on-demand', 'strategy-pack', 'audit-export'];

export interface SignedCheckpoint extends CheckpointStatement {
  /** Base64 Ed25519 signature over the canonical JSON of the statement. */
  signature: string;
}

export type LogCheckpointSigned = DomainEvent<
  'LogCheckpointSigned',
  SignedCheckpoint & {
    /**
     * Base64 of the event hashes of the range [previousTreeSize, treeSize), 32 bytes each. Not
     * signed: they are checked by recomputing the signed root, and they let a verifier name the
     * exact event that no longer matches rather than only the range.
     */
    rangeEventHashes: string;
    /** Where the range ended in the store that signed it; a hint for people, not verified. */
    throughPosition: string;
  }
>;

export const LOG_CHECKPOINT_SIGNED = 'LogCheckpointSigned';

/** Signs a statement with the installation's Ed25519 key (node:crypto, no dependency). */
export function signStatement(statement: CheckpointStatement, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, Buffer.from(canonicalJson(statementOf(statement))), privateKey).toString('base64');
  return { ...statementOf(statement), signature };
}

/** Null when the signature is good under one of the trusted keys; otherwise what is wrong. */
export function checkSignature(checkpoint: SignedCheckpoint, trustedKeys: ReadonlyMap<string, KeyObject>): string | null {
  const key = trustedKeys.get(checkpoint.keyId);
  if (!key) return `it is signed by key ${checkpoint.keyId}, which this installation does not trust`;
  let good = false;
  try {
    good = verify(null, Buffer.from(canonicalJson(statementOf(checkpoint))), key, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    good = false;
  }
  return good ? null : 'its signature does not match its content';
}

export function statementOf(checkpoint: CheckpointStatement): CheckpointStatement {
  const { log, treeSize, rootHash, previousTreeSize, signedAt, reason, keyId } = checkpoint;
  return { log, treeSize, rootHash, previousTreeSize, signedAt, reason, keyId };
}

/** The trusted keys by id: the signing key's public half and any retired ones kept for old checkpoints. */
export function trustedKeyMap(publicKeys: readonly KeyObject[]): Map<string, KeyObject> {
  return new Map(publicKeys.map((key) => [publicKeyId(key), key]));
}

export function publicKeyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

// The checkpoint stream's decider: each checkpoint must continue the one before it.

export interface RecordCheckpoint {
  type: 'RecordCheckpoint';
  checkpoint: LogCheckpointSigned['data'];
}

export interface CheckpointStreamState {
  treeSize: number;
}

export const logCheckpointDecider: Decider<RecordCheckpoint, LogCheckpointSigned, CheckpointStreamState> = {
  initialState: () => ({ treeSize: 0 }),
  decide(command, state) {
    switch (command.type) {
      case 'RecordCheckpoint': {
        const { checkpoint } = command;
        if (checkpoint.previousTreeSize !== state.treeSize) {
          throw new RuleViolationError(
            `A checkpoint continues the previous one: this one starts after ${checkpoint.previousTreeSize} events, the last one covered ${state.treeSize}`,
          );
        }
        // Nothing new since the last checkpoint: signing the same head again adds nothing.
        if (checkpoint.treeSize === state.treeSize) return [];
        if (checkpoint.treeSize < state.treeSize) throw new RuleViolationError(`A checkpoint cannot cover fewer events (${checkpoint.treeSize}) than the one before it (${state.treeSize})`);
        return [{ type: 'LogCheckpointSigned', data: checkpoint }];
      }
      default:
        return unhandled('command', command.type);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'LogCheckpointSigned':
        return { treeSize: event.data.treeSize };
      default:
        return unhandled('event', event.type);
    }
  },
};
