import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Role } from '@ledger/shared-domain';
import { SYSTEM_ACTOR, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { AccountLookup } from '../auth/account-lookup';
import { IdentityQueries, UserAccount } from '../read/identity-queries';
import { UserCommandMessage } from './messages';

/** Creates users on behalf of the system: the ADMIN_EMAIL account at start, demo users, the CLI. */
@Injectable()
export class UserProvisioning {
  private readonly logger = new Logger(UserProvisioning.name);

  constructor(
    private readonly queries: IdentityQueries,
    private readonly commands: CommandBus,
    private readonly lookup: AccountLookup,
  ) {}

  /**
   * Creates the user unless one with that email exists; never changes an existing user. The user id
   * and the command id derive from the email's keyed lookup hash, so instances starting together
   * send the very same registration: one records it, the others find it as a retry of their own
   * (ADR 0021), and no email is written in clear into an id.
   */
  async ensureUser(user: { email: string; displayName: string; password: string; roles: Role[] }): Promise<UserAccount> {
    const existing = await this.queries.findByEmail(user.email);
    if (existing) return existing;
    // An erased account keeps its id for ever: the next generation of the id creates a new one.
    let generation = 0;
    const idsOf = (n: number) => {
      const commandId = newAggregateId(`provisioned-user-command-${n}`, this.lookup.hashOf(user.email));
      return { commandId, userId: newAggregateId('provisioned-user', commandId) };
    };
    while (await this.queries.findById(idsOf(generation).userId)) generation++;
    const { commandId, userId } = idsOf(generation);
    await this.commands.execute(new UserCommandMessage(userId, { type: 'RegisterUser', userId, ...user }, commandMetadataFor(SYSTEM_ACTOR, { commandId })));
    const created = (await this.queries.findById(userId)) as UserAccount;
    // The id, not the email: logs are kept apart from the erasure that would otherwise cover them.
    this.logger.log(`Created user ${created.id} (${created.roles.join(', ')})`);
    return created;
  }
}
