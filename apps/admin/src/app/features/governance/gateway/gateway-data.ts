import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { GatewayPolicy, GatewayReview, PersonRef, Procurement, ProcurementListItem, ProcurementSummary } from '../governance.types';
import { StaffDirectory } from '../staff-directory';
import {
  AdoptGatewayPolicyDocument,
  ChangeProcurementBasisDocument,
  CorrectGatewayDecisionDocument,
  DeclareConflictOfInterestDocument,
  DischargeConditionDocument,
  GatewayPageDocument,
  ProcurementPageDocument,
  RecordGatewayDecisionDocument,
  RegisterProcurementDocument,
  RequestGatewayReviewDocument,
  ReviewDecidersDocument,
} from '../../../generated/graphql';
import type {
  AdoptGatewayPolicyInput,
  ChangeProcurementBasisInput,
  CorrectGatewayDecisionInput,
  DeclareConflictOfInterestInput,
  DischargeConditionInput,
  RecordGatewayDecisionInput,
  RegisterProcurementInput,
  RequestGatewayReviewInput,
  ReviewDecidersQuery,
} from '../../../generated/graphql';

/** Who may be named as deciders on the procurement's reviews (by name, conflicts marked) and the quorum. */
export type ReviewDeciders = ReviewDecidersQuery['eligibleDeciders'];

export interface ProcurementsView {
  procurements: ProcurementListItem[];
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
  /** Who may decide on its reviews, by the rule the decision is checked against; null when not asked for or not allowed. */
  deciders: ReviewDeciders | null;
}

/** The gateway process's queries and commands. Procurement commands state the revision they saw. */
@Injectable({ providedIn: 'root' })
export class GatewayData {
  private readonly graphql = inject(GraphqlClient);
  private readonly staffDirectory = inject(StaffDirectory);

  async loadAll(asOf: string | null, withStaff: boolean): Promise<ProcurementsView> {
    const [result, staff] = await this.staffDirectory.alongside(this.graphql.execute(GatewayPageDocument, { asOf }), asOf, withStaff);
    return { procurements: result.procurements, policies: result.gatewayPolicies, staff };
  }

  async loadOne(id: string, asOf: string | null, withStaff: boolean, withDeciders = false): Promise<ProcurementView> {
    const [result, staff] = await this.staffDirectory.alongside(
      this.graphql.execute(ProcurementPageDocument, { id, asOf }),
      asOf,
      withStaff,
    );
    const policies = result.gatewayPolicies;
    const procurement = result.procurement;
    return {
      procurement,
      policy: policies.find((p) => p.version === procurement?.policyVersion) ?? null,
      currentPolicy: policies.at(-1) ?? null,
      staff,
      deciders: withDeciders ? await this.deciders(procurement?.reviews[0]?.id, asOf) : null,
    };
  }

  /**
   * The eligible deciders of a review: the same for every review of a procurement (its policy and
   * its conflicts decide), so any review will do. Null without one, or when the API refuses.
   */
  private async deciders(reviewId: string | undefined, asOf: string | null): Promise<ReviewDeciders | null> {
    if (!reviewId) {
      return null;
    }
    try {
      return (await this.graphql.execute(ReviewDecidersDocument, { reviewId, asOf })).eligibleDeciders;
    } catch {
      // The form falls back to the people the page knows.
      return null;
    }
  }

  async register(input: RegisterProcurementInput): Promise<ProcurementSummary> {
    return (await this.graphql.execute(RegisterProcurementDocument, { input })).registerProcurement;
  }

  async changeBasis(input: ChangeProcurementBasisInput): Promise<ProcurementSummary> {
    return (await this.graphql.execute(ChangeProcurementBasisDocument, { input })).changeProcurementBasis;
  }

  async declareConflict(input: DeclareConflictOfInterestInput): Promise<ProcurementSummary> {
    return (await this.graphql.execute(DeclareConflictOfInterestDocument, { input })).declareConflictOfInterest;
  }

  async requestReview(input: RequestGatewayReviewInput): Promise<GatewayReview> {
    return (await this.graphql.execute(RequestGatewayReviewDocument, { input })).requestGatewayReview;
  }

  async recordDecision(input: RecordGatewayDecisionInput): Promise<GatewayReview> {
    return (await this.graphql.execute(RecordGatewayDecisionDocument, { input })).recordGatewayDecision;
  }

  async correctDecision(input: CorrectGatewayDecisionInput): Promise<GatewayReview> {
    return (await this.graphql.execute(CorrectGatewayDecisionDocument, { input })).correctGatewayDecision;
  }

  async dischargeCondition(input: DischargeConditionInput): Promise<GatewayReview> {
    return (await this.graphql.execute(DischargeConditionDocument, { input })).dischargeCondition;
  }

  async adoptPolicy(input: AdoptGatewayPolicyInput): Promise<GatewayPolicy> {
    return (await this.graphql.execute(AdoptGatewayPolicyDocument, { input })).adoptGatewayPolicy;
  }
}
