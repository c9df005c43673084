import { NotFoundError, RuleViolationError } from '@ledger/domain-kernel';

/**
 * What a command handler found in the staff register about a person a command names. The handler
 * looks it up; the decider rules on it, so the rule stays pure and has its decider spec.
 */
export type PersonStatus = 'REGISTERED' | 'ERASED' | 'UNKNOWN';
/** The status of each person a command names, by staff member id. */
export type PeopleStatuses = Readonly<Record<string, PersonStatus>>;

/** A person a command names must be on the staff register: anyone else is NOT_FOUND. */
export function assertRegistered(id: string, people: PeopleStatuses): void {
  if ((people[id] ?? 'UNKNOWN') === 'UNKNOWN') throw new NotFoundError(`No staff member ${id}`);
}

/** True when a person may act (see assertMayAct): on the register, personal data kept. */
export const mayAct = (id: string, people: PeopleStatuses): boolean => people[id] === 'REGISTERED';

/**
 * A person who acts (decides, sits on a committee) must be on the register and keep their
 * personal data: an erased person can no longer be held to account for a decision.
 */
export function assertMayAct(id: string, people: PeopleStatuses, erasedCannot: string): void {
  if (mayAct(id, people)) return;
  assertRegistered(id, people);
  if (people[id] === 'ERASED') throw new RuleViolationError(`A person whose personal data was erased cannot ${erasedCannot}`);
}
