import { Command, Option } from 'commander';
import { ROLES, Role } from '@ledger/shared-domain';
import { withApplication } from '../context';
import { readSecret } from '../read-secret';
import { cliActor } from '../cli-actor';

/** The libraries the user commands run on, loaded when one runs rather than at start-up. */
const libraries = async () => {
  const [{ CommandBus }, { IdentityQueries, UserCommandMessage, UserProvisioning }, { commandMetadataFor }, { NotFoundError }] = await Promise.all([
    import('@nestjs/cqrs'),
    import('@ledger/identity-api'),
    import('@ledger/shared-api'),
    import('@ledger/event-store-core'),
  ]);
  return { CommandBus, IdentityQueries, UserCommandMessage, UserProvisioning, commandMetadataFor, NotFoundError };
};

export const usersCommand = new Command('users').description('Create, list, disable and erase users');

usersCommand
  .command('list')
  .description('Every user with roles and status')
  .action(async () => {
    const { IdentityQueries } = await libraries();
    await withApplication(async (app) => {
      const users = await app.get(IdentityQueries).list();
      for (const user of users) {
        const status = user.erased ? `erased\t${user.id}` : user.disabled ? 'disabled' : 'active';
        console.log(`${user.email}\t${user.displayName}\t${user.roles.join(',')}\t${status}`);
      }
      if (users.length === 0) console.log('No users yet');
    });
  });

usersCommand
  .command('create')
  .description('Create a user (the password is read from LEDGER_PASSWORD or, when absent, from standard input)')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--name <displayName>', 'name shown in the UI and the record')
  .addOption(new Option('--role <role...>', 'one or more roles').choices([...ROLES]).makeOptionMandatory())
  .action(async (options: { email: string; name: string; role: Role[] }) => {
    const password = process.env['LEDGER_PASSWORD'] ?? (await readSecret('Password: '));
    const { IdentityQueries, UserProvisioning } = await libraries();
    await withApplication(async (app) => {
      const existing = await app.get(IdentityQueries).findByEmail(options.email);
      if (existing) {
        console.log(`A user with email ${existing.email} already exists; nothing changed`);
        process.exitCode = 4;
        return;
      }
      const user = await app.get(UserProvisioning).ensureUser({ email: options.email, displayName: options.name, password, roles: options.role });
      console.log(`Created ${user.email} (${user.roles.join(', ')}) with id ${user.id}`);
    });
  });

usersCommand
  .command('disable')
  .description('Stop a user signing in; their past actions stay on the record')
  .argument('<email>', 'the user to disable')
  .requiredOption('--reason <reason>', 'why, for the record')
  .action(async (email: string, options: { reason: string }) => {
    const { CommandBus, IdentityQueries, UserCommandMessage, commandMetadataFor, NotFoundError } = await libraries();
    await withApplication(async (app) => {
      const user = await app.get(IdentityQueries).findByEmail(email);
      if (!user) throw new NotFoundError(`No user with email ${email}`);
      await app.get(CommandBus).execute(new UserCommandMessage(user.id, { type: 'DisableUser', userId: user.id, reason: options.reason }, commandMetadataFor(cliActor())));
      console.log(`Disabled ${user.email}`);
    });
  });

usersCommand
  .command('erase')
  .description("GDPR erasure of an account's name and email (destroys its key and disables it); a staff member's account goes with their own erasure")
  .argument('<email>', 'the user to erase')
  .requiredOption('--reason <reason>', 'why, for the record')
  .action(async (email: string, options: { reason: string }) => {
    const { CommandBus, IdentityQueries, UserCommandMessage, commandMetadataFor, NotFoundError } = await libraries();
    await withApplication(async (app) => {
      const user = await app.get(IdentityQueries).findByEmail(email);
      if (!user) throw new NotFoundError(`No user with email ${email}`);
      await app
        .get(CommandBus)
        .execute(new UserCommandMessage(user.id, { type: 'EraseUserPersonalData', userId: user.id, reason: options.reason }, commandMetadataFor(cliActor())));
      console.log(`Erased the personal data of user ${user.id}`);
    });
  });
