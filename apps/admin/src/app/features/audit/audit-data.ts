import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  AuditSubjectsDocument,
  DecisionHistoryDocument,
  LogCheckpointPublicKeyDocument,
  PersonTimelineDocument,
  ProcurementTimelineDocument,
  RegistersAsOfDocument,
  SignLogCheckpointDocument,
  VerifyAuditChainDocument,
} from '../../generated/graphql';
import type { AuditSubjects, AuditVerification, EventPage, HistoryFilter, RegistersSnapshot, SignedCheckpoint } from './audit.types';

/** The auditor's queries. The API answers them for AUDITOR and ADMIN only; everyone else is FORBIDDEN. */
@Injectable({ providedIn: 'root' })
export class AuditData {
  private readonly graphql = inject(GraphqlClient);

  async verify(): Promise<AuditVerification> {
    return (await this.graphql.execute(VerifyAuditChainDocument, {})).verifyAuditChain;
  }

  /** Verifies the log and signs its head; the API refuses (RULE_VIOLATION) when the log does not verify. */
  async signCheckpoint(): Promise<SignedCheckpoint> {
    return (await this.graphql.execute(SignLogCheckpointDocument, {})).signLogCheckpoint;
  }

  /** The PEM an auditor keeps to check the checkpoints without trusting whoever runs the database. */
  async checkpointPublicKey(): Promise<string> {
    return (await this.graphql.execute(LogCheckpointPublicKeyDocument, {})).logCheckpointPublicKey;
  }

  async history(filter: HistoryFilter, from: string | null): Promise<EventPage> {
    return (await this.graphql.execute(DecisionHistoryDocument, { ...filter, from })).decisionHistory;
  }

  async procurementTimeline(procurementId: string, from: string | null): Promise<EventPage> {
    return (await this.graphql.execute(ProcurementTimelineDocument, { procurementId, from })).procurementTimeline;
  }

  async personTimeline(staffMemberId: string, from: string | null): Promise<EventPage> {
    return (await this.graphql.execute(PersonTimelineDocument, { staffMemberId, from })).personTimeline;
  }

  /** The procurements and people a timeline can be looked up for. */
  subjects(): Promise<AuditSubjects> {
    return this.graphql.execute(AuditSubjectsDocument, {});
  }

  async registersAsOf(asOf: string): Promise<RegistersSnapshot> {
    return (await this.graphql.execute(RegistersAsOfDocument, { asOf })).registersAsOf;
  }
}
