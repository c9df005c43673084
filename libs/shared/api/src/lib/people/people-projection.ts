import { Projection, defineProjection, updateDocument } from '@ledger/event-store-core';
import { PersonDoc } from './staff-member.type';

/** The workforce context's published people events, as any context reads them. */
type PeopleEvent =
  | { type: 'StaffMemberRegistered'; data: { staffMemberId: string; displayName: string; email: string; jobTitle: string; department: string } }
  | {
      type: 'StaffMemberDetailsChanged';
      data: { staffMemberId: string; displayName: string | null; email: string | null; jobTitle: string | null; department: string | null };
    }
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
    // 2: follows changed details (a promotion, a new name), not only registrations.
    version: 2,
    collections: [collection],
    on: {
      StaffMemberRegistered({ data: { staffMemberId: id, displayName, email, jobTitle, department }, metadata }, tx) {
        const doc: PersonDoc = { id, displayName, email, jobTitle, department, erased: false };
        tx.put(collection, id, options.registeredAt ? { ...doc, registeredAt: metadata.recordedAt } : doc);
      },
      // Only what changed is on the event (null = unchanged); an erased person stays erased.
      StaffMemberDetailsChanged: ({ data: { staffMemberId, displayName, email, jobTitle, department } }, tx) =>
        updateDocument<PersonDoc>(tx, collection, staffMemberId, (person) =>
          person.erased
            ? person
            : {
                ...person,
                displayName: displayName ?? person.displayName,
                email: email ?? person.email,
                jobTitle: jobTitle ?? person.jobTitle,
                department: department ?? person.department,
              },
        ),
      PersonalDataErased: ({ data: { staffMemberId } }, tx) =>
        updateDocument<PersonDoc>(tx, collection, staffMemberId, (person) => ({ ...person, displayName: '', email: '', erased: true })),
    },
  });
}
