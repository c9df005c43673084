import { Projection } from '@ledger/event-store-core';
import { peopleProjection as contextPeopleProjection } from '@ledger/shared-api';
import { STAFF } from './collections';

/**
 * People, with their personal fields still sealed (and dropped on erasure), when each was
 * registered, and their details as changed since (a move, a promotion, a new name or email): the
 * copy every context keeps, plus the registration time the workforce's own register shows. As at
 * an earlier instant the register folds only the changes up to it, so it shows the old values.
 */
export const peopleProjection: Projection = contextPeopleProjection('workforce.people', STAFF, { registeredAt: true });
