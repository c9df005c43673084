import { peopleProjection as contextPeopleProjection } from '@ledger/shared-api';
import { STAFF } from './collections';

/** People, with their personal fields still sealed (and dropped on erasure), and when each was registered. */
export const peopleProjection = contextPeopleProjection('workforce.people', STAFF, { registeredAt: true });
