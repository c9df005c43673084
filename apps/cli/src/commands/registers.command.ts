import { writeFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { Command, Option } from 'commander';
import { InvalidInputError } from '@ledger/event-store-core';
import { GatewayLogExporter } from '@ledger/gateway-api';
import { LessonsLogExporter } from '@ledger/lessons-api';
import { RiskRegisterExporter } from '@ledger/risk-api';
import { Sheet, formatOf, writeTables } from '@ledger/shared-api';
import { WorkforceExporter } from '@ledger/workforce-api';
import { withApplication } from '../context';

type SheetsOf = (app: INestApplicationContext, asOf?: Date) => Promise<Sheet[]>;

/** Every register the product keeps, by the name used on the command line and in HTTP exports. */
export const REGISTERS: Record<string, SheetsOf> = {
  establishment: (app, asOf) => app.get(WorkforceExporter).sheets('establishment', asOf),
  'skills-matrix': (app, asOf) => app.get(WorkforceExporter).sheets('skills-matrix', asOf),
  'training-register': (app, asOf) => app.get(WorkforceExporter).sheets('training-register', asOf),
  'gateway-log': (app, asOf) => app.get(GatewayLogExporter).sheets(asOf),
  'lessons-log': (app, asOf) => app.get(LessonsLogExporter).sheets(asOf),
  'risk-register': (app, asOf) => app.get(RiskRegisterExporter).sheets(asOf),
};

export const registersCommand = new Command('registers').description('The registers as spreadsheets');

registersCommand
  .command('export')
  .description('Write a register to .xlsx (every sheet) or .csv (the main sheet), chosen by the file name')
  .addArgument(new Command().createArgument('<register>', 'which register').choices(Object.keys(REGISTERS)))
  .argument('<file>', 'where to write, ending .xlsx or .csv')
  .addOption(new Option('--as-of <instant>', 'the register as at this ISO instant'))
  .action(async (register: string, file: string, options: { asOf?: string }) => {
    const format = formatOf(file);
    const asOf = options.asOf ? new Date(options.asOf) : undefined;
    if (asOf && Number.isNaN(asOf.getTime())) throw new InvalidInputError(`--as-of "${options.asOf}" is not an ISO date-time`);
    await withApplication(async (app) => {
      writeFileSync(file, await writeTables(await REGISTERS[register](app, asOf), format), { mode: 0o600 });
      console.log(`Wrote the ${register} to ${file}${asOf ? ` as at ${asOf.toISOString()}` : ''}`);
    });
  });
