import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { Actor, CurrentActor, Public, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { AuthService } from './auth.service';
import { DisableUserCommand, RegisterUserCommand } from './user-commands';
import { UserDirectory } from './user-directory';
import { AuthPayloadType, CreateUserArgs, DisableUserArgs, LoginArgs, UserType } from './user.types';
import { UserDocument } from './users.projection';

@Resolver(() => UserType)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly directory: UserDirectory,
    private readonly commands: CommandBus,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType)
  login(@Args() { email, password }: LoginArgs): Promise<AuthPayloadType> {
    return this.auth.login(email, password);
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  async me(@CurrentActor() actor: Actor): Promise<UserType> {
    const user = await this.directory.findById(actor.userId);
    if (!user) throw new NotFoundError('Your user record was not found');
    return user;
  }

  @Roles('ADMIN', 'AUDITOR')
  @Query(() => [UserType], { description: 'Every user, by email' })
  users(): Promise<UserType[]> {
    return this.directory.list();
  }

  @Roles('ADMIN')
  @Mutation(() => UserType)
  createUser(@CurrentActor() actor: Actor, @Args() args: CreateUserArgs): Promise<UserType> {
    const userId = newAggregateId('user', args.commandId);
    return this.commands.execute<RegisterUserCommand, UserDocument>(
      new RegisterUserCommand(
        { userId, email: args.email, displayName: args.displayName, password: args.password, roles: args.roles },
        commandMetadataFor(actor, { commandId: args.commandId }),
      ),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => UserType, { description: 'Stops a user signing in; their past actions stay on the record' })
  async disableUser(@CurrentActor() actor: Actor, @Args() args: DisableUserArgs): Promise<UserType> {
    if (!(await this.directory.findById(args.userId))) throw new NotFoundError(`No user ${args.userId}`);
    return this.commands.execute<DisableUserCommand, UserDocument>(
      new DisableUserCommand({ userId: args.userId, reason: args.reason }, commandMetadataFor(actor, { commandId: args.commandId })),
    );
  }
}
