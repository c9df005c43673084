import { Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { eligibleDeciders, isPassing } from '@ledger/gateway-domain';
import { PeopleStatuses } from '@ledger/shared-domain';
import { ReadSide, StaffMemberType, StaffPresenter, peopleStatuses, staffMemberIdByEmail } from '@ledger/shared-api';
import { GATEWAY_PEOPLE, GATEWAY_PROJECTIONS, GatewayPersonDoc, POLICIES, PROCUREMENTS, PolicyDoc, ProcurementDoc, REVIEW_INDEX, ReviewDoc, ReviewIndexDoc } from '../projections';
import { GatewayPolicyType, GatewayReviewType, ProcurementType, ReviewDecidersType } from '../graphql/gateway.types';

const NAMES = GATEWAY_PROJECTIONS.map((p) => p.name);

/** Procurements, their reviews and the policy, live or as at an instant. */
@Injectable()
export class GatewayQueries {
  constructor(
    private readonly readSide: ReadSide,
    private readonly presenter: StaffPresenter,
  ) {}

  reader(asOf?: Date | null): Promise<ReadModelReader> {
    return this.readSide.reader(NAMES, asOf);
  }

  async procurements(asOf?: Date | null): Promise<ProcurementType[]> {
    const reader = await this.reader(asOf);
    const docs = (await reader.list<ProcurementDoc>(PROCUREMENTS)).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id));
    const people = await this.people(reader);
    return docs.map((doc) => this.present(doc, people, asOf));
  }

  async procurement(id: string, asOf?: Date | null): Promise<ProcurementType | undefined> {
    const reader = await this.reader(asOf);
    const doc = await reader.get<ProcurementDoc>(PROCUREMENTS, id);
    return doc && this.present(doc, await this.people(reader), asOf);
  }

  async review(reviewId: string): Promise<GatewayReviewType | undefined> {
    for (const procurement of await this.procurements()) {
      const review = procurement.reviews.find((r) => r.id === reviewId);
      if (review) return review;
    }
    return undefined;
  }

  /** Every decision in force, newest first: the gateway log. */
  async gatewayLog(asOf?: Date | null): Promise<{ procurement: ProcurementType; review: GatewayReviewType }[]> {
    const entries = (await this.procurements(asOf)).flatMap((procurement) => procurement.reviews.filter((r) => r.outcome).map((review) => ({ procurement, review })));
    return entries.sort((a, b) => (b.review.decidedAt as Date).getTime() - (a.review.decidedAt as Date).getTime());
  }

  async policies(asOf?: Date | null): Promise<GatewayPolicyType[]> {
    const reader = await this.reader(asOf);
    const people = await this.people(reader);
    const docs = (await reader.list<PolicyDoc>(POLICIES)).sort((a, b) => a.version - b.version);
    return docs.map((doc) => ({
      version: doc.version,
      ...doc.rules,
      committee: doc.rules.committee ? doc.rules.committee.map((id) => people.get(id)).filter((p): p is StaffMemberType => !!p) : null,
      reason: doc.reason,
      adoptedAt: new Date(doc.adoptedAt),
    }));
  }

  /**
   * Who may be named as deciders on a review, by the procurement decider's own rule
   * (eligibleDeciders): the staff register, the policy version the procurement was registered
   * under and its declared conflicts. Undefined when there is no such review (at that instant).
   */
  async reviewDeciders(reviewId: string, asOf?: Date | null): Promise<ReviewDecidersType | undefined> {
    const reader = await this.reader(asOf);
    const index = await reader.get<ReviewIndexDoc>(REVIEW_INDEX, reviewId);
    const procurement = index && (await reader.get<ProcurementDoc>(PROCUREMENTS, index.procurementId));
    const policy = procurement && (await reader.list<PolicyDoc>(POLICIES)).find((doc) => doc.version === procurement.policyVersion);
    if (!procurement || !policy) return undefined;
    const register = await reader.list<GatewayPersonDoc>(GATEWAY_PEOPLE);
    const statuses = await peopleStatuses(reader, GATEWAY_PEOPLE, register.map((person) => person.id));
    const conflicts = new Map(procurement.conflicts.map((c) => [c.staffMemberId, c.nature]));
    const { quorum, deciders } = eligibleDeciders({ policy: policy.rules, conflicted: [...conflicts.keys()] }, statuses);
    const people = await this.presenter.present(register);
    const members = deciders
      .map(({ staffMemberId, conflictDeclared }) => ({
        staffMemberId,
        displayName: people.get(staffMemberId)?.displayName ?? staffMemberId,
        conflictDeclared,
        conflictNature: conflicts.get(staffMemberId) ?? null,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.staffMemberId.localeCompare(b.staffMemberId));
    return { reviewId, policyVersion: procurement.policyVersion, quorum, anyStaffMemberMaySit: policy.rules.committee === null, members };
  }

  /** The register status of each person named, for the deciders to rule on. */
  async peopleStatuses(ids: readonly string[]): Promise<PeopleStatuses> {
    return peopleStatuses(await this.reader(), GATEWAY_PEOPLE, ids);
  }

  /** The staff member a user is (by sign-in email), or null: see staffMemberIdByEmail. */
  async staffMemberIdByEmail(email: string | undefined): Promise<string | null> {
    return staffMemberIdByEmail(await this.reader(), GATEWAY_PEOPLE, this.presenter, email);
  }

  private async people(reader: ReadModelReader): Promise<Map<string, StaffMemberType>> {
    return this.presenter.present(await reader.list<GatewayPersonDoc>(GATEWAY_PEOPLE));
  }

  private present(doc: ProcurementDoc, people: Map<string, StaffMemberType>, asOf?: Date | null): ProcurementType {
    const reviews = doc.reviews.map((review) => this.presentReview(doc.id, review, people));
    const latest = new Map<string, GatewayReviewType>();
    for (const review of reviews) latest.set(review.gateway, review);
    const outstandingGateways = doc.requiredGateways.filter((gateway) => {
      const review = latest.get(gateway);
      return !review || !isPassing(review.outcome as never) || review.basisChanged;
    });
    return {
      id: doc.id,
      title: doc.title,
      estimatedValue: doc.estimatedValue,
      riskLevel: doc.riskLevel,
      politicalInterest: doc.politicalInterest,
      requiredGateways: doc.requiredGateways,
      policyVersion: doc.policyVersion,
      reviews,
      conflicts: doc.conflicts
        .map((c) => ({
          staffMember: people.get(c.staffMemberId) as StaffMemberType,
          nature: c.nature,
          declaredAt: new Date(c.declaredAt),
          declaredBy: c.declaredBy ? (people.get(c.declaredBy) ?? null) : null,
          onBehalf: !!c.onBehalfReason,
          onBehalfReason: c.onBehalfReason ?? null,
        }))
        .filter((c) => c.staffMember),
      outstandingGateways,
      revision: doc.revision,
      asOf: asOf ?? null,
    };
  }

  private presentReview(procurementId: string, review: ReviewDoc, people: Map<string, StaffMemberType>): GatewayReviewType {
    const decision = review.decision;
    return {
      id: review.id,
      procurementId,
      gateway: review.gateway,
      summary: review.summary,
      requestedAt: new Date(review.requestedAt),
      outcome: decision?.outcome ?? null,
      conditions: decision?.conditions.map((c) => c.text) ?? [],
      conditionStatus: decision?.conditions.map((c) => ({ ...c, dischargedAt: c.dischargedAt ? new Date(c.dischargedAt) : null })) ?? [],
      rationale: decision?.rationale ?? null,
      decidedAt: decision ? new Date(decision.decidedAt) : null,
      decidedBy: decision?.deciders.map((id) => people.get(id)).filter((p): p is StaffMemberType => !!p) ?? [],
      recordedBy: decision?.recordedBy ?? null,
      recorder: decision?.recordedByStaffMemberId ? (people.get(decision.recordedByStaffMemberId) ?? null) : null,
      basisPosition: decision?.basisPosition ?? null,
      correctionReason: decision?.correctionReason ?? null,
      superseded: review.superseded.map((d) => ({
        outcome: d.outcome,
        rationale: d.rationale,
        conditions: d.conditions.map((c) => c.text),
        conditionStatus: d.conditions.map((c) => ({ ...c, dischargedAt: c.dischargedAt ? new Date(c.dischargedAt) : null })),
        decidedBy: d.deciders.map((id) => people.get(id)).filter((p): p is StaffMemberType => !!p),
        recordedBy: d.recordedBy,
        recorder: d.recordedByStaffMemberId ? (people.get(d.recordedByStaffMemberId) ?? null) : null,
        decidedAt: new Date(d.decidedAt),
        correctionReason: d.correctionReason,
      })),
      basisChanged: review.basisChanged,
    };
  }
}
