import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { Actor, CurrentActor, Public, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { AuthService } from '../auth/auth.service';
import { UserDocument } from '../projections';
import { IdentityQueries } from '../read/identity-queries';
import { UserCommandMessage } from '../write/messages';
import { AuthPayloadType, CreateUserArgs, DisableUserArgs, LoginArgs, UserType } from './identity.types';
import { USER_ADMINS, USER_READERS } from './roles';

@Resolver(() => UserType)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly queries: IdentityQueries,
    private readonly commands: CommandBus,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType)
  login(@Args() { email, password }: LoginArgs): Promise<AuthPayloadType> {
    return this.auth.login(email, password);
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  async me(@CurrentActor() actor: Actor): Promise<UserType> {
    const user = await this.queries.findById(actor.userId);
    if (!user) throw new NotFoundError('Your user record was not found');
    return user;
  }

  @Roles(...USER_READERS)
  @Query(() => [UserType], { description: 'Every user, by email' })
  users(): Promise<UserType[]> {
    return this.queries.list();
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType)
  async createUser(@CurrentActor() actor: Actor, @Args() { commandId, ...registration }: CreateUserArgs): Promise<UserType> {
    const userId = newAggregateId('user', commandId);
    await this.commands.execute(new UserCommandMessage(userId, { type: 'RegisterUser', userId, ...registration }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.findById(userId)) as UserDocument;
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType, { description: 'Stops a user signing in; their past actions stay on the record' })
  async disableUser(@CurrentActor() actor: Actor, @Args() { commandId, ...disabling }: DisableUserArgs): Promise<UserType> {
    if (!(await this.queries.findById(disabling.userId))) throw new NotFoundError(`No user ${disabling.userId}`);
    await this.commands.execute(new UserCommandMessage(disabling.userId, { type: 'DisableUser', ...disabling }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.findById(disabling.userId)) as UserDocument;
  }
}
