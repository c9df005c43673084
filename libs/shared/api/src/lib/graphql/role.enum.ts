import { registerEnumType } from '@nestjs/graphql';
import { ROLES, Role } from '@ledger/shared-domain';

/** The contract's Role enum, generated from the one list of roles. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do: each mutation and query names the roles it allows' });
