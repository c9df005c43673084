import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, EventStore, NotFoundError, unhandled } from '@ledger/event-store-core';
import {
  DEFAULT_GATEWAY_POLICY,
  GATEWAY_POLICY_STREAM,
  GatewayPolicyCommand,
  GatewayPolicyEvent,
  GatewayPolicyRules,
  GatewayPolicyState,
  ProcurementCommand,
  ProcurementEvent,
  ProcurementRequest,
  ProcurementState,
  gatewayPolicyDecider,
  procurementDecider,
  procurementStreamId,
} from '@ledger/gateway-domain';
import { EVENT_STORE, PreparedCommandHandler, prepareCommand } from '@ledger/shared-api';
import { PROCUREMENTS, REVIEW_INDEX, ReviewIndexDoc } from '../projections';
import { GatewayQueries } from '../read/gateway-queries';
import { GatewayPolicyCommandMessage, ProcurementCommandMessage } from './messages';

type RegisterProcurementRequest = Extract<ProcurementRequest, { type: 'RegisterProcurement' }>;

@CommandHandler(GatewayPolicyCommandMessage)
export class GatewayPolicyCommandHandler extends PreparedCommandHandler<GatewayPolicyCommandMessage, GatewayPolicyCommand, GatewayPolicyEvent, GatewayPolicyState> {
  constructor(private readonly queries: GatewayQueries) {
    super();
  }

  /** Tells the decider the register status of each committee member named. */
  async prepare({ command, expectedRevision }: GatewayPolicyCommandMessage) {
    const prepared = (full: GatewayPolicyCommand) => prepareCommand(gatewayPolicyDecider, GATEWAY_POLICY_STREAM, full, { expectedRevision });
    switch (command.type) {
      case 'AdoptGatewayPolicy':
        return prepared({ ...command, people: await this.queries.peopleStatuses(command.rules.committee ?? []) });
      case 'AdoptDefaultGatewayPolicy':
        return prepared(command);
      default:
        return unhandled('command', command);
    }
  }
}

@CommandHandler(ProcurementCommandMessage)
export class ProcurementCommandHandler extends PreparedCommandHandler<ProcurementCommandMessage, ProcurementCommand, ProcurementEvent, ProcurementState> {
  constructor(
    private readonly queries: GatewayQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  /** Finds the procurement a command is about, and adds the facts the decider must be told. */
  async prepare({ procurementId, command, metadata, expectedRevision, actorEmail }: ProcurementCommandMessage) {
    const streamId = procurementStreamId(await this.procurementOf(procurementId, command));
    const prepared = (full: ProcurementCommand) => prepareCommand(procurementDecider, streamId, full, { expectedRevision });
    switch (command.type) {
      case 'RegisterProcurement':
        return prepared({ ...command, ...(await this.policyInForce(command, metadata)) });
      case 'DeclareConflictOfInterest': {
        const people = await this.queries.peopleStatuses([command.staffMemberId]);
        return prepared({ ...command, people, actorStaffMemberId: await this.queries.staffMemberIdByEmail(actorEmail) });
      }
      case 'RecordGatewayDecision':
      case 'CorrectGatewayDecision': {
        const people = await this.queries.peopleStatuses(command.committeeMemberIds ?? []);
        // Who records it, so that a member with a declared conflict cannot, and the record names the clerk.
        const actorStaffMemberId = await this.queries.staffMemberIdByEmail(actorEmail);
        // What was known when the committee decided: the head of the log before this decision.
        const basisPosition = (await this.store.headPosition()).toString();
        return prepared({ ...command, people, actorStaffMemberId, basisPosition });
      }
      case 'ChangeProcurementBasis':
      case 'RequestGatewayReview':
      case 'DischargeCondition':
        return prepared(command);
      default:
        return unhandled('command', command);
    }
  }

  /** The procurement given, or the one the command's review belongs to; a lookup, not a rule. */
  private async procurementOf(procurementId: string | null, command: ProcurementRequest): Promise<string> {
    const live = await this.queries.reader();
    let id = procurementId;
    if ('reviewId' in command && command.type !== 'RequestGatewayReview') {
      const index = await live.get<ReviewIndexDoc>(REVIEW_INDEX, command.reviewId);
      if (!index) throw new NotFoundError(`No gateway review ${command.reviewId}`);
      id = index.procurementId;
    }
    if (!id) throw new NotFoundError('No procurement given');
    if (command.type !== 'RegisterProcurement' && !(await live.get(PROCUREMENTS, id))) throw new NotFoundError(`No procurement ${id}`);
    return id;
  }

  /**
   * The policy a new procurement is registered under. Whether the default policy must first be
   * adopted is the gateway policy decider's call (AdoptDefaultGatewayPolicy decides nothing once a
   * policy is in force); its resulting state is the policy in force either way.
   */
  private async policyInForce(command: RegisterProcurementRequest, metadata: CommandMetadata): Promise<{ policyVersion: number; policy: GatewayPolicyRules }> {
    // Refuse bad input before anything is recorded, the default policy included.
    procurementDecider.decide({ ...command, policyVersion: 0, policy: DEFAULT_GATEWAY_POLICY }, procurementDecider.initialState(), metadata);
    const { state } = await this.executor.run(prepareCommand(gatewayPolicyDecider, GATEWAY_POLICY_STREAM, { type: 'AdoptDefaultGatewayPolicy' }), {
      ...metadata,
      commandId: `${metadata.commandId}:default-policy`,
    });
    return { policyVersion: state.version, policy: state.rules as GatewayPolicyRules };
  }
}

export const GATEWAY_COMMAND_HANDLERS = [GatewayPolicyCommandHandler, ProcurementCommandHandler];
