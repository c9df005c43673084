import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { PersonDoc } from './staff-member.type';

/** The workforce context's published people events, as any context reads them. */
type PeopleEvent =
  | { type: 'StaffMemberRegistered'; data: { staffMemberId: string; displayName: string; email: string; jobTitle: string; department: string } }
  | { type: 'PersonalDataErased'; data: { staffMemberId: string } };

/**
 * A context's own copy of the people it refers to (committee members, action owners), folded from
 * the workforce context's published events; names stay sealed until presented.
 */
export function peopleProjection(name: string, collection: string): Projection {
  return {
    name,
    version: 1,
    collections: [collection],
    handles: ['StaffMemberRegistered', 'PersonalDataErased'],
    async apply(recorded, tx) {
      const event = recorded as RecordedEvent<PeopleEvent>;
      const id = event.data.staffMemberId;
      if (event.type === 'StaffMemberRegistered') {
        const { displayName, email, jobTitle, department } = event.data;
        const doc: PersonDoc = { id, displayName, email, jobTitle, department, erased: false };
        tx.put(collection, id, doc);
        return;
      }
      const person = await tx.get<PersonDoc>(collection, id);
      if (person) tx.put(collection, id, { ...person, displayName: '', email: '', erased: true });
    },
  };
}
