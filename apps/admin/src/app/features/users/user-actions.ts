import type { UserAccount } from './users-data';

export type UserAction = 'roles' | 'password' | 'disable' | 'enable';

export const USER_ACTION_LABELS: Readonly<Record<UserAction, string>> = {
  roles: 'Change roles',
  password: 'Reset password',
  disable: 'Disable',
  enable: 'Enable',
};

/** "The … was not …" and "… was …" */
export const USER_ACTION_DONE: Readonly<Record<UserAction, string>> = {
  roles: 'given new roles',
  password: 'given a new password',
  disable: 'disabled',
  enable: 'enabled: they can sign in again',
};

/**
 * What the API accepts on an account: nothing once it is erased, only enabling while it is disabled. An administrator's own
 * password changes on "Change my password" only; their own roles may be tried (the API refuses
 * with the reason, e.g. the last administrator keeps ADMIN), as may disabling themselves.
 */
export function actionsFor(user: UserAccount, myId: string | null): readonly UserAction[] {
  if (user.erased) {
    return [];
  }
  if (user.disabled) {
    return ['enable'];
  }
  return user.id === myId ? ['roles', 'disable'] : ['roles', 'password', 'disable'];
}
