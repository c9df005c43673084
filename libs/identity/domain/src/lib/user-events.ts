import { DomainEvent } from '@ledger/event-store-core';
import { Role } from '@ledger/shared-domain';

export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; email: string; displayName: string; passwordHash: string; roles: Role[] }
>;
export type UserDisabled = DomainEvent<'UserDisabled', { userId: string; reason: string }>;

export type UserEvent = UserRegistered | UserDisabled;

export const USER_EVENT_TYPES: readonly UserEvent['type'][] = ['UserRegistered', 'UserDisabled'];

export const userStreamId = (userId: string) => `user-${userId}`;
