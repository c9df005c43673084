import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult, ConcurrencyConflictError, EventStore, foldEvents, unhandled } from '@ledger/event-store-core';
import {
  AwardingProcurementFacts,
  ContractCommand,
  ContractEvent,
  ContractRequest,
  ContractState,
  DEFAULT_VARIATION_POLICY,
  SocialValueMeasureCommand,
  SocialValueMeasureEvent,
  SocialValueMeasureFacts,
  SocialValueMeasureState,
  VARIATION_POLICY_STREAM,
  VariationPolicyCommand,
  VariationPolicyEvent,
  VariationPolicyRules,
  VariationPolicyState,
  contractDecider,
  contractStreamId,
  socialValueMeasureDecider,
  socialValueMeasureFacts,
  socialValueMeasureKey,
  socialValueMeasureStreamId,
  variationPolicyDecider,
} from '@ledger/contracts-domain';
import { ProcurementEvent, procurementDecider, procurementStreamId } from '@ledger/gateway-domain';
import { EVENT_STORE, PreparedCommandHandler, UniqueValues, prepareCommand } from '@ledger/shared-api';
import { GATEWAYS, isPassing } from '@ledger/shared-domain';
import { ContractsQueries } from '../read/contracts-queries';
import { ContractCommandMessage, SocialValueMeasureCommandMessage, VariationPolicyCommandMessage } from './messages';

type VaryContractRequest = Extract<ContractRequest, { type: 'VaryContract' }>;

@CommandHandler(ContractCommandMessage)
export class ContractCommandHandler extends PreparedCommandHandler<ContractCommandMessage, ContractCommand, ContractEvent, ContractState> {
  constructor(
    private readonly queries: ContractsQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  /** Adds the facts from other streams the decider must be told: `{ ...command, fact }`. */
  async prepare({ contractId, command, metadata, expectedRevision, actorEmail }: ContractCommandMessage) {
    const prepared = (full: ContractCommand) => prepareCommand(contractDecider, contractStreamId(contractId), full, { expectedRevision });
    switch (command.type) {
      case 'AwardContract':
        return prepared({ ...command, procurement: await this.awardingProcurement(command.procurementId) });
      case 'AssignContractManager':
        return prepared({ ...command, people: await this.queries.peopleStatuses([command.staffMemberId]) });
      case 'VaryContract':
        return prepared({ ...command, ...(await this.policyInForce(contractId, command, metadata, expectedRevision)) });
      case 'CommitSocialValue':
        return prepared({ ...command, measure: await this.measure(command.measureId) });
      case 'ReportKpi':
      case 'CorrectKpiReport':
      case 'RecordSavingOrBenefit':
      case 'ReportSocialValueDelivery':
      case 'CorrectSocialValueDelivery':
        // Who reports, so that a contract manager reports only on the contracts they manage.
        return prepared({ ...command, actorStaffMemberId: await this.queries.staffMemberIdByEmail(actorEmail) });
      case 'RemoveContractManager':
      case 'ApproveContractVariation':
      case 'RejectContractVariation':
      case 'ExtendContract':
      case 'EndContract':
      case 'TerminateContract':
      case 'AddKpi':
        return prepared(command);
      default:
        return unhandled('command', command);
    }
  }

  /**
   * The procurement a contract is awarded from, folded from its own stream with the gateway
   * context's decider (its published events): the gateways its policy requires, and those whose
   * latest review passed on the current basis. Null when there is no such procurement.
   */
  private async awardingProcurement(procurementId: string): Promise<AwardingProcurementFacts | null> {
    const events = await this.store.readStream(procurementStreamId(procurementId));
    const registered = events.find((event) => event.type === 'ProcurementRegistered');
    if (!registered) return null;
    const state = foldEvents(procurementDecider, events as unknown as ProcurementEvent[]);
    const passedGateways = GATEWAYS.filter((gateway) => {
      const reviewId = state.latest[gateway];
      const review = reviewId ? state.reviews[reviewId] : undefined;
      return !!review && isPassing(review.outcome) && !review.basisChanged;
    });
    return { title: (registered.data as { title: string }).title, requiredGateways: state.requiredGateways, passedGateways };
  }

  /**
   * The variation policy in force. The first variation ever recorded puts the default policy on the
   * record first (as version 1, like the gateway policy); what the contract's decider would refuse
   * anyway is refused before that, so a refused command records nothing at all.
   */
  private async policyInForce(contractId: string, command: VaryContractRequest, metadata: CommandMetadata, expectedRevision?: number): Promise<{ policyVersion: number; policy: VariationPolicyRules }> {
    const policy = foldEvents(variationPolicyDecider, (await this.store.readStream(VARIATION_POLICY_STREAM)) as unknown as VariationPolicyEvent[]);
    if (policy.rules) return { policyVersion: policy.version, policy: policy.rules };
    const streamId = contractStreamId(contractId);
    const contractEvents = await this.store.readStream(streamId);
    const actualRevision = contractEvents.at(-1)?.revision ?? 0;
    if (expectedRevision !== undefined && expectedRevision !== actualRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actualRevision);
    contractDecider.decide({ ...command, policyVersion: 1, policy: DEFAULT_VARIATION_POLICY }, foldEvents(contractDecider, contractEvents as unknown as ContractEvent[]), metadata);
    const { state } = await this.executor.run(prepareCommand(variationPolicyDecider, VARIATION_POLICY_STREAM, { type: 'AdoptDefaultVariationPolicy' }), {
      ...metadata,
      commandId: `${metadata.commandId}:default-variation-policy`,
    });
    return { policyVersion: state.version, policy: state.rules as VariationPolicyRules };
  }

  /** The measure a commitment names, from its own stream (null when it was never defined). */
  private async measure(measureId: string): Promise<SocialValueMeasureFacts | null> {
    const events = await this.store.readStream(socialValueMeasureStreamId(measureId));
    return socialValueMeasureFacts(foldEvents(socialValueMeasureDecider, events as unknown as SocialValueMeasureEvent[]));
  }
}

@CommandHandler(SocialValueMeasureCommandMessage)
export class SocialValueMeasureCommandHandler extends PreparedCommandHandler<SocialValueMeasureCommandMessage, SocialValueMeasureCommand, SocialValueMeasureEvent, SocialValueMeasureState> {
  constructor(
    private readonly queries: ContractsQueries,
    private readonly uniqueValues: UniqueValues,
  ) {
    super();
  }

  /** An outcome is unique within its theme across instances: reserved in the store first (ADR 0021). */
  override async execute(message: SocialValueMeasureCommandMessage): Promise<CommandResult<SocialValueMeasureState>> {
    const { command } = message;
    if (command.type !== 'DefineSocialValueMeasure') return super.execute(message);
    const claim = {
      kind: 'social-value-measure' as const,
      value: socialValueMeasureKey(command.theme, command.outcome),
      ownerId: message.measureId,
      takenInReadModel: (decided: SocialValueMeasureCommand) => decided.type === 'DefineSocialValueMeasure' && decided.outcomeTaken,
      markedTaken: (decided: SocialValueMeasureCommand) => (decided.type === 'DefineSocialValueMeasure' ? { ...decided, outcomeTaken: true } : decided),
    };
    return this.uniqueValues.run(claim, message.metadata, () => this.prepare(message));
  }

  async prepare({ measureId, command, expectedRevision }: SocialValueMeasureCommandMessage) {
    const prepared = (full: SocialValueMeasureCommand) => prepareCommand(socialValueMeasureDecider, socialValueMeasureStreamId(measureId), full, { expectedRevision });
    switch (command.type) {
      case 'DefineSocialValueMeasure':
        return prepared({ ...command, outcomeTaken: await this.queries.measureOutcomeTaken(command.theme, command.outcome, measureId) });
      case 'RetireSocialValueMeasure':
        return prepared(command);
      default:
        return unhandled('command', command);
    }
  }
}

@CommandHandler(VariationPolicyCommandMessage)
export class VariationPolicyCommandHandler extends PreparedCommandHandler<VariationPolicyCommandMessage, VariationPolicyCommand, VariationPolicyEvent, VariationPolicyState> {
  /** The policy resolves nothing: every adoption is the next version on its one stream. */
  async prepare({ command, expectedRevision }: VariationPolicyCommandMessage) {
    return prepareCommand(variationPolicyDecider, VARIATION_POLICY_STREAM, command, { expectedRevision });
  }
}

export const CONTRACTS_COMMAND_HANDLERS = [ContractCommandHandler, SocialValueMeasureCommandHandler, VariationPolicyCommandHandler];
