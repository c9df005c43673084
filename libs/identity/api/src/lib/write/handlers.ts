import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, NO_STREAM, PersonalDataVault } from '@ledger/event-store-core';
import {
  LOCAL_PASSWORD_POLICY_STREAM_ID,
  LocalPasswordPolicyCommand,
  LocalPasswordPolicyEvent,
  LocalPasswordPolicyState,
  ROLE_MAPPING_STREAM_ID,
  RoleMappingCommand,
  RoleMappingEvent,
  RoleMappingState,
  SignInHandoffCommand,
  SignInHandoffEvent,
  SignInHandoffState,
  UserCommand,
  UserEvent,
  UserState,
  localPasswordPolicyDecider,
  roleMappingDecider,
  signInHandoffDecider,
  signInHandoffStreamId,
  userDecider,
  userStreamId,
  validAccountDetails,
} from '@ledger/identity-domain';
import {
  CommandExecutor,
  AccountErasureCommandMessage,
  PreparedCommand,
  PreparedCommandHandler,
  UniqueValues,
  UniquenessGuard,
  newAggregateId,
  prepareCommand,
} from '@ledger/shared-api';
import { AccountLookup, normalisedForLookup } from '../auth/account-lookup';
import { PasswordHasher } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-strength';
import { IdentityQueries } from '../read/identity-queries';
import { LocalPasswordPolicyCommandMessage, RoleMappingCommandMessage, SignInHandoffCommandMessage, UserCommandMessage } from './messages';

/** The in-process lock under which administrators are counted and changed. */
const ADMINISTRATORS_KEY = 'identity:active-administrators';

@CommandHandler(UserCommandMessage)
export class UserCommandHandler implements ICommandHandler<UserCommandMessage, CommandResult<UserState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: IdentityQueries,
    private readonly hasher: PasswordHasher,
    private readonly uniqueValues: UniqueValues,
    private readonly vault: PersonalDataVault,
    private readonly lookup: AccountLookup,
    private readonly guard: UniquenessGuard,
  ) {}

  async execute(message: UserCommandMessage): Promise<CommandResult<UserState>> {
    const { command } = message;
    const result =
      command.type === 'RegisterUser' || command.type === 'RegisterUserThroughProvider'
        ? await this.registerUnique(message, command.email)
        : command.type === 'ChangeUserRoles' || command.type === 'DisableUser'
          ? await this.withAdministratorsCounted(message)
          : await this.executor.run(await this.prepare(message), message.metadata);
    if (command.type === 'EraseUserPersonalData') {
      // The event records the decision; destroying the key carries it out. Also on a repeat, so an
      // erasure interrupted between the two is completed by running it again.
      await this.vault.erase(message.userId, message.metadata.now);
    }
    return result;
  }

  /**
   * A sign-in email is unique across instances: reserved in the store before the registration is
   * recorded (ADR 0021), under a keyed hash so no stream id holds the email in clear; an erased
   * account's email is free again.
   */
  private registerUnique(message: UserCommandMessage, email: string): Promise<CommandResult<UserState>> {
    const claim = {
      kind: 'user-email' as const,
      value: normalisedForLookup(email),
      ownerId: message.userId,
      releasedBy: ['UserPersonalDataErased'],
      takenInReadModel: (command: UserCommand) => (command.type === 'RegisterUser' || command.type === 'RegisterUserThroughProvider') && command.emailTaken,
      markedTaken: (command: UserCommand) =>
        command.type === 'RegisterUser' || command.type === 'RegisterUserThroughProvider' ? { ...command, emailTaken: true } : command,
    };
    return this.uniqueValues.run(claim, message.metadata, () => this.prepare(message));
  }

  /**
   * Role changes and disablings run one at a time in this process, each counting the administrators
   * after the previous one's read models caught up: two administrators demoting each other at the
   * same moment cannot both pass the last-administrator rule. (Across instances the count comes from
   * the shared read model; a race there needs two simultaneous demotions on two instances.)
   */
  private withAdministratorsCounted(message: UserCommandMessage): Promise<CommandResult<UserState>> {
    return this.guard.exclusively(ADMINISTRATORS_KEY, async () => this.executor.run(await this.prepare(message), message.metadata));
  }

  /**
   * Seals a registration's email and name with the user's own key and adds its lookup hash; hashes a
   * new password (after the policy check: the decider never sees a password); checks whether the
   * email is taken.
   */
  async prepare({ userId, command, expectedRevision }: UserCommandMessage): Promise<PreparedCommand<UserCommand, UserEvent, UserState>> {
    const prepared = (decided: UserCommand) => prepareCommand(userDecider, userStreamId(userId), decided, { expectedRevision });
    switch (command.type) {
      case 'RegisterUser': {
        const { password, ...registration } = command;
        // Sealed as they will be recorded: the email normalised, the name trimmed.
        const details = validAccountDetails(command.email, command.displayName);
        assertAcceptablePassword(password, [details.email, details.displayName]);
        const holder = await this.queries.documentByEmail(details.email);
        // A retry of this very command finds "its own" user: that is not a clash.
        const emailTaken = holder !== undefined && holder.id !== userId;
        const sealed = { email: await this.vault.seal(userId, details.email), displayName: await this.vault.seal(userId, details.displayName) };
        return prepared({
          ...registration,
          sealed,
          emailLookup: this.lookup.hashOf(details.email),
          passwordHash: await this.hasher.hash(password),
          emailTaken,
        });
      }
      case 'ChangeUserPassword': {
        const { password, ...change } = command;
        const user = await this.queries.findById(command.userId);
        assertAcceptablePassword(password, user && !user.erased ? [user.email, user.displayName] : []);
        return prepared({ ...change, passwordHash: await this.hasher.hash(password) });
      }
      case 'DisableUser':
      case 'ChangeUserRoles':
        return prepared({ ...command, otherActiveAdministrators: await this.queries.otherActiveAdministrators(command.userId) });
      case 'RegisterUserThroughProvider': {
        const { subject, ...registration } = command;
        const details = validAccountDetails(command.email, command.displayName);
        const holder = await this.queries.documentByEmail(details.email);
        const emailTaken = holder !== undefined && holder.id !== userId;
        const sealed = {
          email: await this.vault.seal(userId, details.email),
          displayName: await this.vault.seal(userId, details.displayName),
          subject: await this.vault.seal(userId, subject),
        };
        return prepared({
          ...registration,
          sealed,
          emailLookup: this.lookup.hashOf(details.email),
          subjectLookup: this.lookup.providerSubjectHashOf(command.issuer, subject),
          emailTaken,
        });
      }
      case 'LinkUserToProvider': {
        const { subject, ...link } = command;
        return prepared({
          ...link,
          sealedSubject: await this.vault.seal(userId, subject),
          subjectLookup: this.lookup.providerSubjectHashOf(command.issuer, subject),
        });
      }
      case 'EnableUser':
      case 'EraseUserPersonalData':
      case 'IssueCalendarFeedLink':
      case 'RevokeCalendarFeedLink':
      case 'ApplyProviderRoles':
      case 'SignOut':
        return prepared(command);
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  }
}

/**
 * Erasing a person (workforce) erases the account that signs in with their email: found by its
 * lookup hash (the email was opened before the person's key was destroyed), erased by the same
 * rules as an administrator's erasure, under a command id derived from the person's erasure so a
 * repeat of that erasure repeats this one idempotently.
 */
@CommandHandler(AccountErasureCommandMessage)
export class AccountErasureCommandHandler implements ICommandHandler<AccountErasureCommandMessage, string | null> {
  constructor(
    private readonly queries: IdentityQueries,
    private readonly users: UserCommandHandler,
  ) {}

  async execute({ email, reason, metadata }: AccountErasureCommandMessage): Promise<string | null> {
    const account = await this.queries.documentByEmail(email);
    if (!account) return null;
    const commandId = newAggregateId('account-erasure', metadata.commandId);
    await this.users.execute(
      new UserCommandMessage(
        account.id,
        { type: 'EraseUserPersonalData', userId: account.id, reason },
        { ...metadata, commandId, causationId: metadata.commandId },
      ),
    );
    return account.id;
  }
}

@CommandHandler(RoleMappingCommandMessage)
export class RoleMappingCommandHandler extends PreparedCommandHandler<RoleMappingCommandMessage, RoleMappingCommand, RoleMappingEvent, RoleMappingState> {
  async prepare({ command, expectedRevision }: RoleMappingCommandMessage) {
    return prepareCommand(roleMappingDecider, ROLE_MAPPING_STREAM_ID, command, { expectedRevision });
  }
}

@CommandHandler(LocalPasswordPolicyCommandMessage)
export class LocalPasswordPolicyCommandHandler extends PreparedCommandHandler<
  LocalPasswordPolicyCommandMessage,
  LocalPasswordPolicyCommand,
  LocalPasswordPolicyEvent,
  LocalPasswordPolicyState
> {
  async prepare({ command, expectedRevision }: LocalPasswordPolicyCommandMessage) {
    return prepareCommand(localPasswordPolicyDecider, LOCAL_PASSWORD_POLICY_STREAM_ID, command, { expectedRevision });
  }
}

@CommandHandler(SignInHandoffCommandMessage)
export class SignInHandoffCommandHandler extends PreparedCommandHandler<SignInHandoffCommandMessage, SignInHandoffCommand, SignInHandoffEvent, SignInHandoffState> {
  /**
   * A claim: "no stream" as the expected revision and never retried, so when another request (on
   * any instance) redeemed the code first, the store answers with a conflict.
   */
  async prepare({ signInHandoffId, command }: SignInHandoffCommandMessage) {
    return prepareCommand(signInHandoffDecider, signInHandoffStreamId(signInHandoffId), command, { expectedRevision: NO_STREAM, maxAttempts: 1 });
  }
}

export const IDENTITY_COMMAND_HANDLERS = [
  UserCommandHandler,
  AccountErasureCommandHandler,
  RoleMappingCommandHandler,
  LocalPasswordPolicyCommandHandler,
  SignInHandoffCommandHandler,
];
