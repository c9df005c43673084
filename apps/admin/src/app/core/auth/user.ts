/** Roles as the API's `Role` enum spells them. */
export type Role = 'ADMIN' | 'HR_LEAD' | 'PROCUREMENT_LEAD' | 'COMMITTEE_MEMBER' | 'AUDITOR' | 'STAFF';

export interface User {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

/** How a role reads to people; the enum value is for machines. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Admin',
  HR_LEAD: 'HR lead',
  PROCUREMENT_LEAD: 'Procurement lead',
  COMMITTEE_MEMBER: 'Gateway committee member',
  AUDITOR: 'Auditor',
  STAFF: 'Staff',
};

/** Unknown values (a role added to the API before this UI) are shown as sent. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

/** True when the user holds at least one of `roles`; the API still decides, this only shapes the page. */
export function hasAnyRole(user: User | null, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}
