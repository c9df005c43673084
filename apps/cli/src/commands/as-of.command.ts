import { Command } from 'commander';
import { InvalidInputError } from '@ledger/event-store-core';
import { writeTables } from '@ledger/shared-api';
import { withApplication } from '../context';
import { REGISTERS } from './registers.command';

export const asOfCommand = new Command('as-of')
  .description('Print a register as it stood at an instant, as CSV (the same answer the API gives for asOf)')
  .argument('<instant>', 'an ISO date-time, e.g. 2025-03-31T23:59:59Z')
  .addArgument(new Command().createArgument('<register>', 'which register').choices(Object.keys(REGISTERS)))
  .action(async (value: string, register: string) => {
    const asOf = new Date(value);
    if (Number.isNaN(asOf.getTime())) throw new InvalidInputError(`"${value}" is not an ISO date-time`);
    await withApplication(async (app) => {
      process.stdout.write(await writeTables(await REGISTERS[register](app, asOf), 'csv'));
    });
  });
