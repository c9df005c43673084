import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { GatewayPolicy, GatewayReview, PersonRef, Procurement, ProcurementSummary } from '../governance.types';
import { StaffDirectory } from '../staff-directory';
import {
  ADOPT_GATEWAY_POLICY,
  AdoptGatewayPolicyInput,
  CHANGE_PROCUREMENT_BASIS,
  CORRECT_GATEWAY_DECISION,
  ChangeProcurementBasisInput,
  CorrectionInput,
  DECLARE_CONFLICT,
  DISCHARGE_CONDITION,
  DecisionInput,
  DeclareConflictOfInterestInput,
  DischargeConditionInput,
  PROCUREMENTS_QUERY,
  PROCUREMENT_QUERY,
  RECORD_GATEWAY_DECISION,
  REGISTER_PROCUREMENT,
  REQUEST_GATEWAY_REVIEW,
  RegisterProcurementInput,
  RequestGatewayReviewInput,
} from './gateway.documents';

export interface ProcurementsView {
  procurements: ProcurementSummary[];
  /** Every adopted version, oldest first; empty until the first procurement adopts the defaults. */
  policies: GatewayPolicy[];
  /** Who can sit on a committee, or null when the user may not list staff. */
  staff: PersonRef[] | null;
}

export interface ProcurementView {
  /** Null when there was no such procurement (yet) at the instant asked for. */
  procurement: Procurement | null;
  /** The policy version that applies to this procurement (fixed at registration). */
  policy: GatewayPolicy | null;
  /** The latest version: what applies to procurements registered from now. */
  currentPolicy: GatewayPolicy | null;
  staff: PersonRef[] | null;
}

/** The gateway process's queries and commands. Procurement commands state the revision they saw. */
@Injectable({ providedIn: 'root' })
export class GatewayData {
  private readonly graphql = inject(GraphqlClient);
  private readonly staffDirectory = inject(StaffDirectory);

  async loadAll(asOf: string | null, withStaff: boolean): Promise<ProcurementsView> {
    const [result, staff] = await Promise.all([
      this.graphql.execute(PROCUREMENTS_QUERY, { asOf }),
      withStaff ? this.staffDirectory.load(asOf) : Promise.resolve(null),
    ]);
    return { procurements: result.procurements, policies: result.gatewayPolicies, staff };
  }

  async loadOne(id: string, asOf: string | null, withStaff: boolean): Promise<ProcurementView> {
    const [result, staff] = await Promise.all([
      this.graphql.execute(PROCUREMENT_QUERY, { id, asOf }),
      withStaff ? this.staffDirectory.load(asOf) : Promise.resolve(null),
    ]);
    const policies = result.gatewayPolicies;
    const procurement = result.procurement;
    return {
      procurement,
      policy: policies.find((p) => p.version === procurement?.policyVersion) ?? null,
      currentPolicy: policies.at(-1) ?? null,
      staff,
    };
  }

  async register(input: RegisterProcurementInput): Promise<ProcurementSummary> {
    return (await this.graphql.execute(REGISTER_PROCUREMENT, { input })).registerProcurement;
  }

  async changeBasis(input: ChangeProcurementBasisInput): Promise<ProcurementSummary> {
    return (await this.graphql.execute(CHANGE_PROCUREMENT_BASIS, { input })).changeProcurementBasis;
  }

  async declareConflict(input: DeclareConflictOfInterestInput): Promise<ProcurementSummary> {
    return (await this.graphql.execute(DECLARE_CONFLICT, { input })).declareConflictOfInterest;
  }

  async requestReview(input: RequestGatewayReviewInput): Promise<GatewayReview> {
    return (await this.graphql.execute(REQUEST_GATEWAY_REVIEW, { input })).requestGatewayReview;
  }

  async recordDecision(input: DecisionInput): Promise<GatewayReview> {
    return (await this.graphql.execute(RECORD_GATEWAY_DECISION, { input })).recordGatewayDecision;
  }

  async correctDecision(input: CorrectionInput): Promise<GatewayReview> {
    return (await this.graphql.execute(CORRECT_GATEWAY_DECISION, { input })).correctGatewayDecision;
  }

  async dischargeCondition(input: DischargeConditionInput): Promise<GatewayReview> {
    return (await this.graphql.execute(DISCHARGE_CONDITION, { input })).dischargeCondition;
  }

  async adoptPolicy(input: AdoptGatewayPolicyInput): Promise<GatewayPolicy> {
    return (await this.graphql.execute(ADOPT_GATEWAY_POLICY, { input })).adoptGatewayPolicy;
  }
}
