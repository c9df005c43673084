import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { StaffMemberEvent } from '@ledger/workforce-domain';
import { STAFF, StaffDoc } from './collections';

type Registered = Extract<StaffMemberEvent, { type: 'StaffMemberRegistered' }>;

/**
 * People, with their personal fields still sealed. On erasure the sealed values are dropped from
 * the read model too; a rebuild could not open them anyway, the key being gone.
 */
export const peopleProjection: Projection = {
  name: 'workforce.people',
  version: 1,
  collections: [STAFF],
  handles: ['StaffMemberRegistered', 'PersonalDataErased'],
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<StaffMemberEvent>;
    const id = event.data.staffMemberId;
    if (event.type === 'StaffMemberRegistered') {
      const { displayName, email, jobTitle, department } = (event as RecordedEvent<Registered>).data;
      const doc: StaffDoc = { id, displayName, email, jobTitle, department, erased: false, registeredAt: event.metadata.recordedAt };
      tx.put(STAFF, id, doc);
      return;
    }
    const person = await tx.get<StaffDoc>(STAFF, id);
    if (person) tx.put(STAFF, id, { ...person, displayName: '', email: '', erased: true });
  },
};
