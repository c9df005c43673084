import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  AUDIT_SUBJECTS,
  DECISION_HISTORY,
  PERSON_TIMELINE,
  PROCUREMENT_TIMELINE,
  REGISTERS_AS_OF,
  VERIFY_AUDIT_CHAIN,
} from './audit.documents';
import type { AuditSubjects, AuditVerification, EventPage, HistoryFilter, RegistersSnapshot } from './audit.types';

/** The auditor's queries. The API answers them for AUDITOR and ADMIN only; everyone else is FORBIDDEN. */
@Injectable({ providedIn: 'root' })
export class AuditData {
  private readonly graphql = inject(GraphqlClient);

  async verify(): Promise<AuditVerification> {
    return (await this.graphql.execute(VERIFY_AUDIT_CHAIN, {})).verifyAuditChain;
  }

  async history(filter: HistoryFilter, from: string | null): Promise<EventPage> {
    return (await this.graphql.execute(DECISION_HISTORY, { ...filter, from })).decisionHistory;
  }

  async procurementTimeline(procurementId: string, from: string | null): Promise<EventPage> {
    return (await this.graphql.execute(PROCUREMENT_TIMELINE, { procurementId, from })).procurementTimeline;
  }

  async personTimeline(staffMemberId: string, from: string | null): Promise<EventPage> {
    return (await this.graphql.execute(PERSON_TIMELINE, { staffMemberId, from })).personTimeline;
  }

  /** The procurements and people a timeline can be looked up for. */
  subjects(): Promise<AuditSubjects> {
    return this.graphql.execute(AUDIT_SUBJECTS, {});
  }

  async registersAsOf(asOf: string): Promise<RegistersSnapshot> {
    return (await this.graphql.execute(REGISTERS_AS_OF, { asOf })).registersAsOf;
  }
}
