import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { WorkforceQueries } from '../read/workforce-queries';
import { StaffMemberCommandMessage } from '../write/messages';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from './roles';
import { ChangeStaffMemberDetailsInput, RegisterStaffMemberInput, StaffMemberType } from './people.types';

@Resolver(() => StaffMemberType)
export class PeopleResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: WorkforceQueries,
  ) {}

  // The gateway committee picks the members who decided from here too.
  @Roles(...WORKFORCE_READERS, 'COMMITTEE_MEMBER')
  @Query(() => [StaffMemberType], { description: 'Staff across the authority; erased people stay, pseudonymised' })
  staffMembers(@Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<StaffMemberType[]> {
    return this.queries.staffMembers(asOf);
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => StaffMemberType)
  async registerStaffMember(@CurrentActor() actor: Actor, @Args('input') input: RegisterStaffMemberInput): Promise<StaffMemberType> {
    const { commandId, ...person } = input;
    const staffMemberId = newAggregateId('staff', commandId);
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'RegisterStaffMember', staffMemberId, ...person }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.staffMember(staffMemberId)) as StaffMemberType;
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => StaffMemberType, {
    description:
      'A move, a promotion, a new name or email: only the fields given change, and registers as at an earlier instant still show the old values. A new email must not be another staff member\'s. The person\'s sign-in account keeps its own email.',
  })
  async changeStaffMemberDetails(@CurrentActor() actor: Actor, @Args('input') input: ChangeStaffMemberDetailsInput): Promise<StaffMemberType> {
    const { commandId, staffMemberId, ...details } = input;
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'ChangeStaffMemberDetails', ...details }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.staffMember(staffMemberId)) as StaffMemberType;
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => StaffMemberType, {
    description: 'GDPR erasure: destroys the person’s key. Name and email are gone for good from every answer, replay and export; the records they appear in stay and the audit chain still verifies.',
  })
  async erasePersonalData(
    @CurrentActor() actor: Actor,
    @Args('staffMemberId', { type: () => ID }) staffMemberId: string,
    @Args('reason') reason: string,
    @Args('commandId', { type: () => ID, nullable: true }) commandId?: string,
  ): Promise<StaffMemberType> {
    await this.commands.execute(new StaffMemberCommandMessage(staffMemberId, { type: 'ErasePersonalData', reason }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.staffMember(staffMemberId)) as StaffMemberType;
  }
}
