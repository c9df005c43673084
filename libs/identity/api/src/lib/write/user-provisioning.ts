import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Role } from '@ledger/shared-domain';
import { SYSTEM_ACTOR, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { IdentityQueries, UserAccount } from '../read/identity-queries';
import { UserCommandMessage } from './messages';

/** Creates users on behalf of the system: the ADMIN_EMAIL account at start, demo users, the CLI. */
@Injectable()
export class UserProvisioning {
  private readonly logger = new Logger(UserProvisioning.name);

  constructor(
    private readonly queries: IdentityQueries,
    private readonly commands: CommandBus,
  ) {}

  /** Creates the user unless one with that email exists; never changes an existing user. */
  async ensureUser(user: { email: string; displayName: string; password: string; roles: Role[] }): Promise<UserAccount> {
    const existing = await this.queries.findByEmail(user.email);
    if (existing) return existing;
    const userId = newAggregateId('user');
    await this.commands.execute(new UserCommandMessage(userId, { type: 'RegisterUser', userId, ...user }, commandMetadataFor(SYSTEM_ACTOR)));
    const created = (await this.queries.findById(userId)) as UserAccount;
    // The id, not the email: logs are kept apart from the erasure that would otherwise cover them.
    this.logger.log(`Created user ${created.id} (${created.roles.join(', ')})`);
    return created;
  }
}
