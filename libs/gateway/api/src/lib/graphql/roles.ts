import { Role } from '@ledger/shared-domain';

export const GATEWAY_READERS: Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'];
/** The procurement lead runs procurements through the process and keeps the policy. */
export const PROCUREMENT_WRITERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
/** The committee (or its clerk) records decisions. */
export const DECISION_RECORDERS: Role[] = ['COMMITTEE_MEMBER', 'ADMIN'];
export const CONFLICT_DECLARERS: Role[] = ['COMMITTEE_MEMBER', 'PROCUREMENT_LEAD', 'ADMIN'];
