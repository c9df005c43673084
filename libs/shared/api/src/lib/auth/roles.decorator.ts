import { SetMetadata } from '@nestjs/common';
import { Role } from '@ledger/shared-domain';

export const ROLES_KEY = 'ledger:roles';
export const PUBLIC_KEY = 'ledger:public';

/** Only callers holding at least one of these roles may call the resolver or route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No token needed (login, health). Everything else requires one. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
