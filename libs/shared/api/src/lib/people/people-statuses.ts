import { ReadModelReader } from '@ledger/event-store-core';
import { PeopleStatuses, PersonStatus } from '@ledger/shared-domain';
import { PersonDoc } from './staff-member.type';
import { StaffPresenter } from './staff-presenter';

/**
 * Looks up, in a context's own copy of the people (see peopleProjection), the register status of
 * each person a command names: the fact a handler resolves so the decider can rule on it.
 */
export async function peopleStatuses(reader: ReadModelReader, collection: string, ids: readonly string[]): Promise<PeopleStatuses> {
  const statusOf = (person: PersonDoc | undefined): PersonStatus => (!person ? 'UNKNOWN' : person.erased ? 'ERASED' : 'REGISTERED');
  const entries = await Promise.all([...new Set(ids)].map(async (id) => [id, statusOf(await reader.get<PersonDoc>(collection, id))] as const));
  return Object.fromEntries(entries);
}

/**
 * The staff member a user is, in a context's own copy of the people: the one whose (sealed) email
 * is the user's sign-in email, unless their personal data was erased. Null for a user with no
 * staff record, or no email (the system). Used where a rule depends on who the actor is as a
 * person (a committee member, a contract's manager).
 */
export async function staffMemberIdByEmail(
  reader: ReadModelReader,
  collection: string,
  presenter: StaffPresenter,
  email: string | undefined,
): Promise<string | null> {
  const wanted = email?.trim().toLowerCase();
  if (!wanted) return null;
  const people = await presenter.present(await reader.list<PersonDoc>(collection));
  return [...people.values()].find((person) => !person.erased && person.email?.toLowerCase() === wanted)?.id ?? null;
}
