import type { Role } from '../../core/auth/user';

/**
 * As the API allows (libs/audit/api/src/lib/audit.resolver.ts and
 * apps/api/src/app/registers-as-of.resolver.ts): everyone else is FORBIDDEN, so the page does not ask.
 */
export const AUDIT_READERS: readonly Role[] = ['AUDITOR', 'ADMIN'];
