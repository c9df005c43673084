import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { ProcurementRequest } from '@ledger/gateway-domain';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { GatewayQueries } from '../read/gateway-queries';
import { GatewayPolicyCommandMessage, ProcurementCommandMessage } from '../write/messages';
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
  ReviewDecidersType,
} from './gateway.types';
import { CONFLICT_DECLARERS, DECISION_RECORDERS, ELIGIBLE_DECIDER_READERS, GATEWAY_READERS, PROCUREMENT_WRITERS } from './roles';

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

  @Roles(...ELIGIBLE_DECIDER_READERS)
  @Query(() => ReviewDecidersType, {
    description: 'Who may be named as deciders on a review (by name, declared conflicts marked) and the quorum, by the rule the decision is checked against',
  })
  async eligibleDeciders(@Args('reviewId', { type: () => ID }) reviewId: string, @Args('asOf', asOfArg) asOf?: Date): Promise<ReviewDecidersType> {
    const deciders = await this.queries.reviewDeciders(reviewId, asOf);
    if (!deciders) throw new NotFoundError(`No gateway review ${reviewId}`);
    return deciders;
  }

  // Each mutation sends the domain command: the input minus what is not part of it (commandId,
  // expectedRevision, the id of the aggregate the message carries).
  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => ProcurementType, { description: 'The policy in force now decides which gateways it must pass, for good' })
  registerProcurement(@CurrentActor() actor: Actor, @Args('input') input: RegisterProcurementInput): Promise<ProcurementType> {
    const { commandId, ...fields } = input;
    const procurementId = newAggregateId('procurement', commandId);
    return this.send(actor, procurementId, { type: 'RegisterProcurement', procurementId, ...fields }, input);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => ProcurementType, { description: 'A new value, risk or political interest: decisions taken before are flagged "basis changed"' })
  changeProcurementBasis(@CurrentActor() actor: Actor, @Args('input') input: ChangeProcurementBasisInput): Promise<ProcurementType> {
    const { commandId, expectedRevision, procurementId, ...fields } = input;
    return this.send(actor, procurementId, { type: 'ChangeProcurementBasis', ...fields }, { commandId, expectedRevision });
  }

  @Roles(...CONFLICT_DECLARERS)
  @Mutation(() => ProcurementType, {
    description: 'Declares your own conflict, or (procurement lead) records one for someone else with onBehalfReason. A conflicted member can neither decide nor record or correct this procurement’s decisions',
  })
  declareConflictOfInterest(@CurrentActor() actor: Actor, @Args('input') input: DeclareConflictOfInterestInput): Promise<ProcurementType> {
    const { commandId, procurementId, ...fields } = input;
    return this.send(actor, procurementId, { type: 'DeclareConflictOfInterest', ...fields }, { commandId });
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => GatewayReviewType)
  async requestGatewayReview(@CurrentActor() actor: Actor, @Args('input') input: RequestGatewayReviewInput): Promise<GatewayReviewType> {
    const { commandId, expectedRevision, procurementId, ...fields } = input;
    const reviewId = newAggregateId('review', commandId);
    await this.send(actor, procurementId, { type: 'RequestGatewayReview', reviewId, ...fields }, { commandId, expectedRevision });
    return this.review(reviewId);
  }

  @Roles(...DECISION_RECORDERS)
  @Mutation(() => GatewayReviewType, { description: 'Records the committee’s decision; the recorder need not be among the deciders' })
  async recordGatewayDecision(@CurrentActor() actor: Actor, @Args('input') input: RecordGatewayDecisionInput): Promise<GatewayReviewType> {
    const { commandId, expectedRevision, ...fields } = input;
    await this.send(actor, null, { type: 'RecordGatewayDecision', ...fields }, { commandId, expectedRevision });
    return this.review(input.reviewId);
  }

  @Roles(...DECISION_RECORDERS)
  @Mutation(() => GatewayReviewType, { description: 'Supersedes a recorded decision with a correction and its reason; the original stays on the record' })
  async correctGatewayDecision(@CurrentActor() actor: Actor, @Args('input') input: CorrectGatewayDecisionInput): Promise<GatewayReviewType> {
    const { commandId, expectedRevision, ...fields } = input;
    await this.send(actor, null, { type: 'CorrectGatewayDecision', ...fields }, { commandId, expectedRevision });
    return this.review(input.reviewId);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => GatewayReviewType)
  async dischargeCondition(@CurrentActor() actor: Actor, @Args('input') input: DischargeConditionInput): Promise<GatewayReviewType> {
    const { commandId, ...fields } = input;
    await this.send(actor, null, { type: 'DischargeCondition', ...fields }, { commandId });
    return this.review(input.reviewId);
  }

  @Roles(...PROCUREMENT_WRITERS)
  @Mutation(() => GatewayPolicyType, { description: 'Adopts a new version of the policy; procurements already registered keep theirs' })
  async adoptGatewayPolicy(@CurrentActor() actor: Actor, @Args('input') input: AdoptGatewayPolicyInput): Promise<GatewayPolicyType> {
    const { commandId, reason, committeeMemberIds, ...rules } = input;
    // No committee named (omitted or empty): any registered staff member may sit.
    const committee = committeeMemberIds?.length ? committeeMemberIds : null;
    const command = { type: 'AdoptGatewayPolicy', rules: { ...rules, committee }, reason } as const;
    await this.commands.execute(new GatewayPolicyCommandMessage(command, commandMetadataFor(actor, { commandId })));
    return (await this.queries.policies()).at(-1) as GatewayPolicyType;
  }

  private async send(actor: Actor, procurementId: string | null, command: ProcurementRequest, input: { commandId?: string; expectedRevision?: number | null }): Promise<ProcurementType> {
    const metadata = commandMetadataFor(actor, { commandId: input.commandId });
    const message = new ProcurementCommandMessage(procurementId, command, metadata, input.expectedRevision ?? undefined, actor.email);
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
