import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Role } from '@ledger/shared-domain';
import { SYSTEM_ACTOR, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { RegisterUserCommand } from './user-commands';
import { UserDirectory } from './user-directory';
import { UserDocument } from './users.projection';

/** Creates users on behalf of the system: the ADMIN_EMAIL account at start, demo users, the CLI. */
@Injectable()
export class UserProvisioning {
  private readonly logger = new Logger(UserProvisioning.name);

  constructor(
    private readonly directory: UserDirectory,
    private readonly commands: CommandBus,
  ) {}

  /** Creates the user unless one with that email exists; never changes an existing user. */
  async ensureUser(user: { email: string; displayName: string; password: string; roles: Role[] }): Promise<UserDocument> {
    const existing = await this.directory.findByEmail(user.email);
    if (existing) return existing;
    const created = await this.commands.execute<RegisterUserCommand, UserDocument>(
      new RegisterUserCommand({ userId: newAggregateId('user'), ...user }, commandMetadataFor(SYSTEM_ACTOR)),
    );
    this.logger.log(`Created user ${created.email} (${created.roles.join(', ')})`);
    return created;
  }
}
