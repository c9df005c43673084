import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@ledger/event-store-core';
import { UserCommand, UserEvent, UserState, userDecider, userStreamId } from '@ledger/identity-domain';
import { normalisedEmail } from '@ledger/shared-domain';
import { CommandExecutor, PreparedCommand, UniquenessGuard, prepareCommand } from '@ledger/shared-api';
import { PasswordHasher } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-strength';
import { IdentityQueries } from '../read/identity-queries';
import { UserCommandMessage } from './messages';

@CommandHandler(UserCommandMessage)
export class UserCommandHandler implements ICommandHandler<UserCommandMessage, CommandResult<UserState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: IdentityQueries,
    private readonly hasher: PasswordHasher,
    private readonly uniqueness: UniquenessGuard,
  ) {}

  async execute(message: UserCommandMessage): Promise<CommandResult<UserState>> {
    const run = async () => this.executor.run(await this.prepare(message), message.metadata);
    const { command } = message;
    return command.type === 'RegisterUser' ? this.uniqueness.exclusively(`user-email:${(command.email ?? '').trim().toLowerCase()}`, run) : run();
  }

  /** Hashes a new password (after the policy check: the decider never sees a password) and checks whether the email is taken. */
  async prepare({ userId, command, expectedRevision }: UserCommandMessage): Promise<PreparedCommand<UserCommand, UserEvent, UserState>> {
    const prepared = (decided: UserCommand) => prepareCommand(userDecider, userStreamId(userId), decided, { expectedRevision });
    switch (command.type) {
      case 'RegisterUser': {
        const { password, ...registration } = command;
        assertAcceptablePassword(password, [command.email ?? '', command.displayName ?? '']);
        const holder = await this.queries.findByEmail(normalisedEmail(command.email));
        // A retry of this very command finds "its own" user: that is not a clash.
        const emailTaken = holder !== undefined && holder.id !== userId;
        return prepared({ ...registration, passwordHash: await this.hasher.hash(password), emailTaken });
      }
      case 'ChangeUserPassword': {
        const { password, ...change } = command;
        const user = await this.queries.findById(command.userId);
        assertAcceptablePassword(password, user ? [user.email, user.displayName] : []);
        return prepared({ ...change, passwordHash: await this.hasher.hash(password) });
      }
      case 'DisableUser':
      case 'ChangeUserRoles':
        return prepared(command);
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  }
}

export const IDENTITY_COMMAND_HANDLERS = [UserCommandHandler];
