import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { Actor, CurrentActor, Public, Roles, commandMetadataFor, logSecurityEvent, newAggregateId } from '@ledger/shared-api';
import { isDemoEmail } from '@ledger/shared-domain';
import { AuthService } from '../auth/auth.service';
import { IdentityQueries, UserAccount } from '../read/identity-queries';
import { UserCommandMessage } from '../write/messages';
import {
  AuthPayloadType,
  ChangeOwnPasswordArgs,
  ChangeUserRolesArgs,
  CreateUserArgs,
  DisableUserArgs,
  EnableUserArgs,
  EraseUserPersonalDataArgs,
  LoginArgs,
  ResetUserPasswordArgs,
  UserType,
} from './identity.types';
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
  login(@Args() { email, password }: LoginArgs, @Context('req') request: Request): Promise<AuthPayloadType> {
    return this.auth.login(email, password, clientAddressOf(request));
  }

  @Mutation(() => Boolean, {
    description:
      'The signed-in user sets a new password, proving the current one (a wrong one counts against the sign-in limits, as a failed sign-in does). Every session of the account ends, this one too: sign in again with the new password. An account made through single sign-on has no password here (User.hasLocalPassword): the change is a RULE_VIOLATION, its password is managed by the identity provider.',
  })
  async changeOwnPassword(@CurrentActor() actor: Actor, @Args() { currentPassword, newPassword }: ChangeOwnPasswordArgs, @Context('req') request: Request): Promise<boolean> {
    const me = await this.queries.findById(actor.userId);
    if (!me) throw new NotFoundError('Your user record was not found');
    // An account with no password here has nothing to prove (and a failed check would count against
    // its sign-in limits): the user decider refuses the change, saying the provider manages it.
    if (me.hasLocalPassword) await this.auth.checkPassword(me.email, currentPassword, clientAddressOf(request));
    await this.commands.execute(
      new UserCommandMessage(me.id, { type: 'ChangeUserPassword', userId: me.id, password: newPassword, currentPasswordProven: me.hasLocalPassword }, commandMetadataFor(actor)),
    );
    logSecurityEvent({ event: 'password-changed', account: me.id, byAdministrator: false, actor: actor.userId });
    return true;
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType, {
    description: "An administrator sets a new password for another user, e.g. one who forgot theirs; every session the user had ends. An administrator's own password changes by changeOwnPassword only.",
  })
  async resetUserPassword(@CurrentActor() actor: Actor, @Args() { userId, newPassword }: ResetUserPasswordArgs): Promise<UserType> {
    if (!(await this.queries.findById(userId))) throw new NotFoundError(`No user ${userId}`);
    await this.commands.execute(new UserCommandMessage(userId, { type: 'ChangeUserPassword', userId, password: newPassword, currentPasswordProven: false }, commandMetadataFor(actor)));
    logSecurityEvent({ event: 'password-changed', account: userId, byAdministrator: userId !== actor.userId, actor: actor.userId });
    return (await this.queries.findById(userId)) as UserAccount;
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType, { description: "Sets another user's roles, in effect from their next request; nobody changes their own, and the last active ADMIN keeps ADMIN" })
  async changeUserRoles(@CurrentActor() actor: Actor, @Args() { userId, roles }: ChangeUserRolesArgs): Promise<UserType> {
    if (!(await this.queries.findById(userId))) throw new NotFoundError(`No user ${userId}`);
    await this.commands.execute(new UserCommandMessage(userId, { type: 'ChangeUserRoles', userId, roles }, commandMetadataFor(actor)));
    logSecurityEvent({ event: 'roles-changed', account: userId, roles, actor: actor.userId });
    return (await this.queries.findById(userId)) as UserAccount;
  }

  @Public()
  @Query(() => Boolean, { description: 'True while demo users exist (their password is published): the UI shows a banner saying so' })
  async demoUsersPresent(): Promise<boolean> {
    return (await this.queries.list()).some((user) => !user.disabled && isDemoEmail(user.email));
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
    return (await this.queries.findById(userId)) as UserAccount;
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType, { description: 'Stops a user signing in; their past actions stay on the record' })
  async disableUser(@CurrentActor() actor: Actor, @Args() { commandId, ...disabling }: DisableUserArgs): Promise<UserType> {
    if (!(await this.queries.findById(disabling.userId))) throw new NotFoundError(`No user ${disabling.userId}`);
    await this.commands.execute(new UserCommandMessage(disabling.userId, { type: 'DisableUser', ...disabling }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.findById(disabling.userId)) as UserAccount;
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType, {
    description: 'Lets a disabled user sign in again, with the reason (e.g. back from a secondment); an erased account stays closed. Sessions from before the disabling stay ended.',
  })
  async enableUser(@CurrentActor() actor: Actor, @Args() { commandId, ...enabling }: EnableUserArgs): Promise<UserType> {
    if (!(await this.queries.findById(enabling.userId))) throw new NotFoundError(`No user ${enabling.userId}`);
    await this.commands.execute(new UserCommandMessage(enabling.userId, { type: 'EnableUser', ...enabling }, commandMetadataFor(actor, { commandId })));
    logSecurityEvent({ event: 'account-enabled', account: enabling.userId, actor: actor.userId });
    return (await this.queries.findById(enabling.userId)) as UserAccount;
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => UserType, {
    description:
      'GDPR erasure of an account that is not (or no longer) a staff member: destroys its key and disables it. Its name and email are gone for good from every answer, history and export; what it did stays on the record under its id. Erasing a staff member erases their account too.',
  })
  async eraseUserPersonalData(@CurrentActor() actor: Actor, @Args() { commandId, userId, reason }: EraseUserPersonalDataArgs): Promise<UserType> {
    if (!(await this.queries.findById(userId))) throw new NotFoundError(`No user ${userId}`);
    await this.commands.execute(new UserCommandMessage(userId, { type: 'EraseUserPersonalData', userId, reason }, commandMetadataFor(actor, { commandId })));
    logSecurityEvent({ event: 'account-erased', account: userId, actor: actor.userId });
    return (await this.queries.findById(userId)) as UserAccount;
  }
}

/** The client's address as Express sees it: behind a proxy named in TRUST_PROXY, the forwarded one. */
function clientAddressOf(request: Request | undefined): string {
  return request?.ip ?? request?.socket?.remoteAddress ?? 'unknown';
}
