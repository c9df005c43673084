import { userInfo } from 'node:os';
import type { Actor } from '@ledger/shared-api';

/** Changes made from the command line are recorded as the operating-system user who ran it. */
export function cliActor(): Actor {
  return { userId: `cli:${userInfo().username}`, roles: ['ADMIN'] };
}
