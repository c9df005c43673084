import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertPasswordPolicy, userDecider, userStreamId } from '@ledger/identity-domain';
import { normalisedEmail } from '@ledger/shared-domain';
import { CommandExecutor, UniquenessGuard } from '@ledger/shared-api';
import { PasswordHasher } from './password-hasher';
import { DisableUserCommand, RegisterUserCommand } from './user-commands';
import { UserDirectory } from './user-directory';
import { UserDocument } from './users.projection';

@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand, UserDocument> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: UserDirectory,
    private readonly hasher: PasswordHasher,
    private readonly uniqueness: UniquenessGuard,
  ) {}

  execute(command: RegisterUserCommand): Promise<UserDocument> {
    return this.uniqueness.exclusively(`user-email:${(command.input.email ?? '').trim().toLowerCase()}`, () => this.register(command));
  }

  private async register({ input, metadata }: RegisterUserCommand): Promise<UserDocument> {
    assertPasswordPolicy(input.password);
    const existing = await this.directory.findByEmail(normalisedEmail(input.email));
    await this.executor.execute(
      userStreamId(input.userId),
      userDecider,
      {
        type: 'RegisterUser',
        userId: input.userId,
        email: input.email,
        displayName: input.displayName,
        passwordHash: await this.hasher.hash(input.password),
        roles: input.roles,
        // A retry of this very command finds "its own" user: that is not a clash.
        emailTaken: existing !== undefined && existing.id !== input.userId,
      },
      metadata,
    );
    return (await this.directory.findById(input.userId)) as UserDocument;
  }
}

@CommandHandler(DisableUserCommand)
export class DisableUserHandler implements ICommandHandler<DisableUserCommand, UserDocument> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: UserDirectory,
  ) {}

  async execute({ input, metadata }: DisableUserCommand): Promise<UserDocument> {
    await this.executor.execute(userStreamId(input.userId), userDecider, { type: 'DisableUser', ...input }, metadata);
    return (await this.directory.findById(input.userId)) as UserDocument;
  }
}
