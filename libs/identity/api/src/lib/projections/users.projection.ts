import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { USER_EVENT_TYPES, UserEvent } from '@ledger/identity-domain';
import { USERS, UserDocument } from './collections';

export const usersProjection: Projection = {
  name: 'identity.users',
  version: 2,
  collections: [USERS],
  handles: USER_EVENT_TYPES,
  async apply(recorded: RecordedEvent, tx) {
    const event = recorded as unknown as RecordedEvent<UserEvent>;
    switch (event.type) {
      case 'UserRegistered': {
        const { userId, email, displayName, passwordHash, roles } = (event as RecordedEvent<Extract<UserEvent, { type: 'UserRegistered' }>>).data;
        const doc: UserDocument = { id: userId, email, displayName, roles, passwordHash, disabled: false, registeredAt: event.metadata.recordedAt };
        tx.put(USERS, userId, doc);
        return;
      }
      case 'UserDisabled': {
        const { userId } = (event as RecordedEvent<Extract<UserEvent, { type: 'UserDisabled' }>>).data;
        const doc = await tx.get<UserDocument>(USERS, userId);
        if (doc) tx.put(USERS, userId, { ...doc, disabled: true });
        return;
      }
      case 'UserPasswordChanged': {
        const { userId, passwordHash } = (event as RecordedEvent<Extract<UserEvent, { type: 'UserPasswordChanged' }>>).data;
        const doc = await tx.get<UserDocument>(USERS, userId);
        if (doc) tx.put(USERS, userId, { ...doc, passwordHash });
        return;
      }
      case 'UserRolesChanged': {
        const { userId, roles } = (event as RecordedEvent<Extract<UserEvent, { type: 'UserRolesChanged' }>>).data;
        const doc = await tx.get<UserDocument>(USERS, userId);
        if (doc) tx.put(USERS, userId, { ...doc, roles });
        return;
      }
    }
  },
};
