import { LogCheckpoints } from '@ledger/event-store-core';
import { Stores } from './open-stores';

/** The installation's signed checkpoints over its log, with its own keys (ADR 0018). */
export function logCheckpointsFor(stores: Pick<Stores, 'eventStore' | 'keys'>): LogCheckpoints {
  const { privateKey, publicKey, retiredPublicKeys, latestFile } = stores.keys.checkpointSigning;
  return new LogCheckpoints(stores.eventStore, { privateKey, publicKey, retiredPublicKeys, latestFile });
}
