import { ReadModelReader } from '@ledger/event-store-core';
import { PeopleStatuses, PersonStatus } from '@ledger/shared-domain';
import { PersonDoc } from './staff-member.type';

/**
 * Looks up, in a context's own copy of the people (see peopleProjection), the register status of
 * each person a command names: the fact a handler resolves so the decider can rule on it.
 */
export async function peopleStatuses(reader: ReadModelReader, collection: string, ids: readonly string[]): Promise<PeopleStatuses> {
  const statusOf = (person: PersonDoc | undefined): PersonStatus => (!person ? 'UNKNOWN' : person.erased ? 'ERASED' : 'REGISTERED');
  const entries = await Promise.all([...new Set(ids)].map(async (id) => [id, statusOf(await reader.get<PersonDoc>(collection, id))] as const));
  return Object.fromEntries(entries);
}
