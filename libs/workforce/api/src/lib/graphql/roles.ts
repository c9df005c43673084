import { Role } from '@ledger/shared-domain';

/** HR keeps the workforce registers; the procurement lead and auditors read them. */
export const WORKFORCE_WRITERS: Role[] = ['HR_LEAD', 'ADMIN'];
export const WORKFORCE_READERS: Role[] = ['HR_LEAD', 'ADMIN', 'PROCUREMENT_LEAD', 'AUDITOR'];
