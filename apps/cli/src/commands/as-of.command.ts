import { Command } from 'commander';
import { withApplication } from '../context';
import { REGISTERS, Register, registerSheets } from './registers.command';

export const asOfCommand = new Command('as-of')
  .description('Print a register as it stood at an instant, as CSV (the same answer the API gives for asOf)')
  .argument('<instant>', 'an ISO date-time, e.g. 2025-03-31T23:59:59Z')
  .addArgument(new Command().createArgument('<register>', 'which register').choices(REGISTERS))
  .action(async (value: string, register: Register) => {
    const [{ InvalidInputError }, { writeTables }] = await Promise.all([import('@ledger/event-store-core'), import('@ledger/shared-api')]);
    const asOf = new Date(value);
    if (Number.isNaN(asOf.getTime())) throw new InvalidInputError(`"${value}" is not an ISO date-time`);
    await withApplication(async (app) => {
      process.stdout.write(await writeTables(await registerSheets(app, register, asOf), 'csv'));
    });
  });
