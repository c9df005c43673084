/** The roles of the contract's `Role` enum: who may do what is decided against these. */
export const ROLES = ['ADMIN', 'HR_LEAD', 'PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'STAFF', 'CONTRACT_MANAGER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
