import type { Role, UserFieldsFragment } from '../../generated/graphql';

export type { Role } from '../../generated/graphql';
export { roleLabel } from '../../shared/enum-labels';

/** The signed-in user, as the login and `me` answers carry them. */
export type User = UserFieldsFragment;

/** True when the user holds at least one of `roles`; the API still decides, this only shapes the page. */
export function hasAnyRole(user: User | null, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}
