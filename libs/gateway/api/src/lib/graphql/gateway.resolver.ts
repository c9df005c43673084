import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { GatewayPolicyRules, Gateway } from '@ledger/gateway-domain';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { GatewayQueries } from '../read/gateway-queries';
import { AdoptGatewayPolicyMessage, ProcurementCommandMessage, ProcurementIntent } from '../write/messages';
import {
  AdoptGatewayPolicyInput,
  ChangeProcurementBasisInput,
  CorrectGatewayDecisionInput,
  DeclareConflictOfInterestInput,
  DischargeConditionInput,
  GatewayPolicyType,
  GatewayReviewType,
  ProcurementType,
  RecordGatewayDecisionInput,
  RegisterProcurementInput,
  RequestGatewayReviewInput,
} from './gateway.types';
import { CONFLICT_DECLARERS, DECISION_RECORDERS, GATEWAY_READERS, PROCUREMENT_WRITERS } from './roles';

const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

@Resolver(() => ProcurementType)
export class GatewayResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: GatewayQueries,
  ) {}

  @Roles(...GATEWAY_READERS)
  @Query(() => [ProcurementType])
  procurements(@Args('asOf', asOfArg) asOf?: Date): Promise<ProcurementType[]> {
    return this.queries.procurements(asOf);
  }

  @Roles(...GATEWAY_READERS)
  @Query(() => ProcurementType, { nullable: true })
  async procurement(@Args('id', { type: () => ID }) id: string, @Args('asOf', asOfArg) asOf?: Date): Promise<ProcurementType | null> {
    return (await this.queries.procurement(id, asOf)) ?? null;
  }

  @Roles(...GATEWAY_READERS)
  @Query(() => [GatewayPolicyType], { description: 'Every adopted version of the gateway policy, oldest first' })
  gatewayPolicies(@Args('asOf', asOfArg) asOf?: Date): Promise<GatewayPolicyType[]> {
    return this.queries.policies(asOf);
  }

  @Roles(...GATEWAY_READERS)
  @Query(() => [GatewayReviewType], { description: 'Every decision in force, newest first' })
  async gatewayLog(@Args('asOf', asOfArg) asOf?: Date): Promise<GatewayReviewType[]> {
    return (await this.queries.gatewayLog(asOf)).map((entry) => entry.review);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => ProcurementType, { description: 'The policy in force now decides which gateways it must pass, for good' })
  registerProcurement(@CurrentActor() actor: Actor, @Args('input') input: RegisterProcurementInput): Promise<ProcurementType> {
    const id = newAggregateId('procurement', input.commandId);
    return this.send(actor, id, { type: 'Register', title: input.title, estimatedValue: input.estimatedValue, riskLevel: input.riskLevel as never, politicalInterest: input.politicalInterest }, input);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => ProcurementType, { description: 'A new value, risk or political interest: decisions taken before are flagged "basis changed"' })
  changeProcurementBasis(@CurrentActor() actor: Actor, @Args('input') input: ChangeProcurementBasisInput): Promise<ProcurementType> {
    return this.send(
      actor,
      input.procurementId,
      { type: 'ChangeBasis', estimatedValue: input.estimatedValue, riskLevel: input.riskLevel as never, politicalInterest: input.politicalInterest, reason: input.reason },
      input,
    );
  }

  @Roles(...CONFLICT_DECLARERS)
  @Mutation(() => ProcurementType, { description: 'A conflicted member cannot be among the deciders of this procurement' })
  declareConflictOfInterest(@CurrentActor() actor: Actor, @Args('input') input: DeclareConflictOfInterestInput): Promise<ProcurementType> {
    return this.send(actor, input.procurementId, { type: 'DeclareConflictOfInterest', staffMemberId: input.staffMemberId, nature: input.nature }, input);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => GatewayReviewType)
  async requestGatewayReview(@CurrentActor() actor: Actor, @Args('input') input: RequestGatewayReviewInput): Promise<GatewayReviewType> {
    const reviewId = newAggregateId('review', input.commandId);
    await this.send(actor, input.procurementId, { type: 'RequestGatewayReview', reviewId, gateway: input.gateway as Gateway, summary: input.summary }, input);
    return this.review(reviewId);
  }

  @Roles(...DECISION_RECORDERS)
  @Mutation(() => GatewayReviewType, { description: 'Records the committee’s decision; the recorder need not be among the deciders' })
  async recordGatewayDecision(@CurrentActor() actor: Actor, @Args('input') input: RecordGatewayDecisionInput): Promise<GatewayReviewType> {
    const { reviewId, outcome, conditions, rationale, committeeMemberIds } = input;
    await this.send(actor, null, { type: 'RecordGatewayDecision', reviewId, outcome, conditions, rationale, deciders: committeeMemberIds }, input);
    return this.review(reviewId);
  }

  @Roles(...DECISION_RECORDERS)
  @Mutation(() => GatewayReviewType, { description: 'Supersedes a recorded decision with a correction and its reason; the original stays on the record' })
  async correctGatewayDecision(@CurrentActor() actor: Actor, @Args('input') input: CorrectGatewayDecisionInput): Promise<GatewayReviewType> {
    const { reviewId, outcome, conditions, rationale, committeeMemberIds, reason } = input;
    await this.send(actor, null, { type: 'CorrectGatewayDecision', reviewId, outcome, conditions, rationale, deciders: committeeMemberIds, reason }, input);
    return this.review(reviewId);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => GatewayReviewType)
  async dischargeCondition(@CurrentActor() actor: Actor, @Args('input') input: DischargeConditionInput): Promise<GatewayReviewType> {
    await this.send(actor, null, { type: 'DischargeCondition', reviewId: input.reviewId, conditionIndex: input.conditionIndex, evidence: input.evidence }, input);
    return this.review(input.reviewId);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => GatewayPolicyType, { description: 'Adopts a new version of the policy; procurements already registered keep theirs' })
  async adoptGatewayPolicy(@CurrentActor() actor: Actor, @Args('input') input: AdoptGatewayPolicyInput): Promise<GatewayPolicyType> {
    const rules: GatewayPolicyRules = {
      valueThresholds: input.valueThresholds.map((t) => ({ minValue: t.minValue, gateways: t.gateways as Gateway[] })),
      highRiskGateways: input.highRiskGateways as Gateway[],
      politicalInterestGateways: input.politicalInterestGateways as Gateway[],
      quorum: input.quorum,
      committee: input.committeeMemberIds?.length ? input.committeeMemberIds : null,
    };
    await this.commands.execute(new AdoptGatewayPolicyMessage(rules, input.reason, commandMetadataFor(actor, { commandId: input.commandId })));
    return (await this.queries.policies()).at(-1) as GatewayPolicyType;
  }

  private async send(actor: Actor, procurementId: string | null, intent: ProcurementIntent, input: { commandId?: string; expectedRevision?: number | null }): Promise<ProcurementType> {
    const message = new ProcurementCommandMessage(procurementId, intent, commandMetadataFor(actor, { commandId: input.commandId }), input.expectedRevision ?? undefined);
    const result = await this.commands.execute(message);
    const id = (result as { streamId: string }).streamId.replace(/^procurement-/, '');
    return (await this.queries.procurement(id)) as ProcurementType;
  }

  private async review(reviewId: string): Promise<GatewayReviewType> {
    const review = await this.queries.review(reviewId);
    if (!review) throw new NotFoundError(`No gateway review ${reviewId}`);
    return review;
  }
}
