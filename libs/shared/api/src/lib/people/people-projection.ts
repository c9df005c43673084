import { Projection, defineProjection, updateDocument } from '@ledger/event-store-core';
import { PersonDoc } from './staff-member.type';

/** The workforce context's published people events, as any context reads them. */
type PeopleEvent =
  | { type: 'StaffMemberRegistered'; data: { staffMemberId: string; displayName: string; email: string; jobTitle: string; department: string } }
  | { type: 'PersonalDataErased'; data: { staffMemberId: string } };

export interface PeopleProjectionOptions {
  /** Also keep when the person was registered (the workforce's own register shows it). */
  readonly registeredAt?: boolean;
}

/**
 * A context's own copy of the people it refers to (committee members, action owners), folded from
 * the workforce context's published events; names stay sealed until presented. On erasure the
 * sealed values are dropped from the read model too; a rebuild could not open them anyway, the key
 * being gone.
 */
export function peopleProjection(name: string, collection: string, options: PeopleProjectionOptions = {}): Projection {
  return defineProjection<PeopleEvent>({
    name,
    version: 1,
    collections: [collection],
    on: {
      StaffMemberRegistered({ data: { staffMemberId: id, displayName, email, jobTitle, department }, metadata }, tx) {
        const doc: PersonDoc = { id, displayName, email, jobTitle, department, erased: false };
        tx.put(collection, id, options.registeredAt ? { ...doc, registeredAt: metadata.recordedAt } : doc);
      },
      PersonalDataErased: ({ data: { staffMemberId } }, tx) =>
        updateDocument<PersonDoc>(tx, collection, staffMemberId, (person) => ({ ...person, displayName: '', email: '', erased: true })),
    },
  });
}
