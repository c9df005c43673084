import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult, EventStore, NotFoundError, RuleViolationError } from '@ledger/event-store-core';
import {
  DEFAULT_GATEWAY_POLICY,
  GATEWAY_POLICY_STREAM,
  GatewayPolicyRules,
  GatewayPolicyState,
  ProcurementCommand,
  ProcurementState,
  gatewayPolicyDecider,
  procurementDecider,
  procurementStreamId,
} from '@ledger/gateway-domain';
import { CommandExecutor, EVENT_STORE, PreparedCommand } from '@ledger/shared-api';
import { PROCUREMENTS, REVIEW_INDEX, ReviewIndexDoc } from '../projections';
import { GatewayQueries } from '../read/gateway-queries';
import { AdoptGatewayPolicyMessage, DecisionIntent, ProcurementCommandMessage } from './messages';

@CommandHandler(AdoptGatewayPolicyMessage)
export class AdoptGatewayPolicyHandler implements ICommandHandler<AdoptGatewayPolicyMessage, CommandResult<GatewayPolicyState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: GatewayQueries,
  ) {}

  async execute({ rules, reason, metadata }: AdoptGatewayPolicyMessage): Promise<CommandResult<GatewayPolicyState>> {
    for (const id of rules.committee ?? []) {
      const person = await this.queries.person(id);
      if (!person) throw new NotFoundError(`No staff member ${id}`);
      if (person.erased) throw new RuleViolationError('A person whose personal data was erased cannot sit on the committee');
    }
    return this.executor.execute(GATEWAY_POLICY_STREAM, gatewayPolicyDecider, { type: 'AdoptGatewayPolicy', rules, reason }, metadata);
  }
}

@CommandHandler(ProcurementCommandMessage)
export class ProcurementCommandHandler implements ICommandHandler<ProcurementCommandMessage, CommandResult<ProcurementState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: GatewayQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(message: ProcurementCommandMessage): Promise<CommandResult<ProcurementState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  /** Finds the procurement a command is about, and resolves what the decider must be told. */
  async prepare({ procurementId, intent, metadata, expectedRevision }: ProcurementCommandMessage): Promise<PreparedCommand<ProcurementState>> {
    const live = await this.queries.reader();
    const reviewId = 'reviewId' in intent && intent.type !== 'RequestGatewayReview' ? intent.reviewId : null;
    let id = procurementId;
    if (reviewId) {
      const index = await live.get<ReviewIndexDoc>(REVIEW_INDEX, reviewId);
      if (!index) throw new NotFoundError(`No gateway review ${reviewId}`);
      id = index.procurementId;
    }
    if (!id) throw new NotFoundError('No procurement given');
    if (intent.type !== 'Register' && !(await live.get(PROCUREMENTS, id))) throw new NotFoundError(`No procurement ${id}`);
    const prepared = (command: ProcurementCommand): PreparedCommand<ProcurementState> => ({
      streamId: procurementStreamId(id as string),
      decider: procurementDecider,
      command,
      options: { expectedRevision },
    });

    switch (intent.type) {
      case 'Register': {
        // Refuse bad input before anything is recorded, the default policy included.
        procurementDecider.decide(
          { type: 'RegisterProcurement', procurementId: id, title: intent.title, estimatedValue: intent.estimatedValue, riskLevel: intent.riskLevel, politicalInterest: intent.politicalInterest, policyVersion: 0, policy: DEFAULT_GATEWAY_POLICY },
          procurementDecider.initialState(),
          metadata,
        );
        const policy = await this.policyInForce(metadata);
        return prepared({ type: 'RegisterProcurement', procurementId: id, title: intent.title, estimatedValue: intent.estimatedValue, riskLevel: intent.riskLevel, politicalInterest: intent.politicalInterest, policyVersion: policy.version, policy: policy.rules });
      }
      case 'ChangeBasis':
        return prepared({ type: 'ChangeProcurementBasis', estimatedValue: intent.estimatedValue, riskLevel: intent.riskLevel, politicalInterest: intent.politicalInterest, reason: intent.reason });
      case 'DeclareConflictOfInterest':
        await this.assertPerson(intent.staffMemberId, false);
        return prepared(intent);
      case 'RequestGatewayReview':
        return prepared(intent);
      case 'RecordGatewayDecision':
        return prepared({ ...(await this.decision(intent)), type: 'RecordGatewayDecision' });
      case 'CorrectGatewayDecision':
        return prepared({ ...(await this.decision(intent)), type: 'CorrectGatewayDecision', reason: intent.reason });
      case 'DischargeCondition':
        return prepared(intent);
    }
  }

  private async decision(intent: DecisionIntent) {
    for (const id of new Set(intent.deciders)) await this.assertPerson(id, true);
    // What was known when the committee decided: the head of the log before this decision.
    const basisPosition = (await this.store.headPosition()).toString();
    return { reviewId: intent.reviewId, outcome: intent.outcome, conditions: intent.conditions, rationale: intent.rationale, deciders: intent.deciders, basisPosition };
  }

  private async assertPerson(id: string, mustBeActive: boolean): Promise<void> {
    const person = await this.queries.person(id);
    if (!person) throw new NotFoundError(`No staff member ${id}`);
    if (mustBeActive && person.erased) throw new RuleViolationError('A person whose personal data was erased cannot decide');
  }

  /** The current policy version; the first procurement adopts the defaults, on the record. */
  private async policyInForce(metadata: CommandMetadata): Promise<{ version: number; rules: GatewayPolicyRules }> {
    const current = await this.queries.currentPolicy();
    if (current.version > 0) return current;
    const adopted = await this.executor.execute(
      GATEWAY_POLICY_STREAM,
      gatewayPolicyDecider,
      { type: 'AdoptGatewayPolicy', rules: DEFAULT_GATEWAY_POLICY, reason: 'Default policy adopted when the first procurement was registered' },
      { ...metadata, commandId: `${metadata.commandId}:default-policy` },
    );
    return { version: adopted.state.version, rules: adopted.state.rules as GatewayPolicyRules };
  }
}

export const GATEWAY_COMMAND_HANDLERS = [AdoptGatewayPolicyHandler, ProcurementCommandHandler];
