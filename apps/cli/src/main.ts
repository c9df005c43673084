import 'reflect-metadata';
import { Command } from 'commander';
import { usersCommand } from './commands/users.command';
import { verifyCommand } from './commands/verify.command';
import { checkpointCommand } from './commands/checkpoint.command';
import { workforceCommand } from './commands/workforce.command';
import { demoCommand } from './commands/demo.command';
import { registersCommand } from './commands/registers.command';
import { exportCommand, importCommand, migrateCommand } from './commands/log.command';
import { replayCommand } from './commands/replay.command';
import { historyCommand } from './commands/history.command';
import { asOfCommand } from './commands/as-of.command';
import { backupCommand, restoreCommand } from './commands/backup.command';
import { packCommand } from './commands/pack.command';
import { ocdsCommand } from './commands/ocds.command';
import { contractsCommand } from './commands/contracts.command';
import { remindersCommand } from './commands/reminders.command';
import { EXIT } from './exit-codes';

// Each command loads the libraries it runs on inside its action (`await import`), so start-up and
// `--help` cost only commander, and `verify` or `history` never load Nest.
const program = new Command('ledger')
  .description('Governance Ledger from the command line. The store comes from the same environment variables as the API (EVENT_STORE, SQLITE_PATH, DATABASE_URL, ...).')
  .showHelpAfterError()
  .addCommand(verifyCommand)
  .addCommand(checkpointCommand)
  .addCommand(replayCommand)
  .addCommand(historyCommand)
  .addCommand(asOfCommand)
  .addCommand(exportCommand)
  .addCommand(importCommand)
  .addCommand(migrateCommand)
  .addCommand(backupCommand)
  .addCommand(restoreCommand)
  .addCommand(usersCommand)
  .addCommand(workforceCommand)
  .addCommand(registersCommand)
  .addCommand(packCommand)
  .addCommand(contractsCommand)
  .addCommand(ocdsCommand)
  .addCommand(remindersCommand)
  .addCommand(demoCommand);

// Usage errors anywhere in the tree come back here, to leave with the documented exit code.
const overrideExits = (command: Command): void => {
  command.exitOverride();
  command.commands.forEach(overrideExits);
};
overrideExits(program);

program.parseAsync(process.argv).catch(async (error: unknown) => {
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    process.exit(code === 'commander.helpDisplayed' || code === 'commander.version' ? EXIT.ok : EXIT.usageOrConfig);
  }
  // Loaded only now: a command that got this far has loaded them already, and `--help` never needs them.
  const [{ KeyEncryptionKeyMismatchError, LedgerError, StoreIntegrityError }, { ConfigError, KeyFileError }] = await Promise.all([
    import('@ledger/event-store-core'),
    import('@ledger/runtime'),
  ]);
  if (error instanceof ConfigError || error instanceof KeyFileError || error instanceof KeyEncryptionKeyMismatchError) {
    console.error(error.message);
    process.exit(EXIT.usageOrConfig);
  }
  if (error instanceof StoreIntegrityError) {
    console.error(`INTEGRITY: ${error.message}`);
    process.exit(EXIT.verificationFailed);
  }
  if (error instanceof LedgerError) {
    console.error(`${error.code}: ${error.message}`);
    process.exit(EXIT.refused);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(EXIT.unexpected);
});
