import { writeFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { Command, Option } from 'commander';
import { InvalidInputError } from '@ledger/event-store-core';
import { GatewayLogExporter } from '@ledger/gateway-api';
import { LessonsLogExporter } from '@ledger/lessons-api';
import { RiskRegisterExporter } from '@ledger/risk-api';
import { ContractsRegisterExporter, parseFoiYearParam } from '@ledger/contracts-api';
import { SocialValueFoiService } from '@ledger/strategy-pack';
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
  'contracts-register': (app, asOf) => app.get(ContractsRegisterExporter).sheets(asOf),
};

export const registersCommand = new Command('registers').description('The registers as spreadsheets');

function asOfOption(value: string | undefined): Date | undefined {
  const asOf = value ? new Date(value) : undefined;
  if (asOf && Number.isNaN(asOf.getTime())) throw new InvalidInputError(`--as-of "${value}" is not an ISO date-time`);
  return asOf;
}

registersCommand
  .command('export')
  .description('Write a register to .xlsx (every sheet) or .csv (the main sheet), chosen by the file name')
  .addArgument(new Command().createArgument('<register>', 'which register').choices(Object.keys(REGISTERS)))
  .argument('<file>', 'where to write, ending .xlsx or .csv')
  .addOption(new Option('--as-of <instant>', 'the register as at this ISO instant'))
  .action(async (register: string, file: string, options: { asOf?: string }) => {
    const format = formatOf(file);
    const asOf = asOfOption(options.asOf);
    await withApplication(async (app) => {
      writeFileSync(file, await writeTables(await REGISTERS[register](app, asOf), format), { mode: 0o600 });
      console.log(`Wrote the ${register} to ${file}${asOf ? ` as at ${asOf.toISOString()}` : ''}`);
    });
  });

registersCommand
  .command('social-value-foi')
  .description("Answer the seed's FOI questions on social value (1-10) from the record, for the contracts awarded in a year: .xlsx (answers, contracts, measures) or .csv (the answers)")
  .argument('<file>', 'where to write, ending .xlsx or .csv')
  .requiredOption('--year <year>', 'the year whose contract awards are asked about, e.g. 2026')
  .addOption(new Option('--as-of <instant>', 'the record as at this ISO instant'))
  .action(async (file: string, options: { year: string; asOf?: string }) => {
    const format = formatOf(file);
    const year = parseFoiYearParam(options.year);
    const asOf = asOfOption(options.asOf);
    await withApplication(async (app) => {
      writeFileSync(file, await writeTables(await app.get(SocialValueFoiService).sheets(year, asOf), format), { mode: 0o600 });
      console.log(`Wrote the social value FOI answers for ${year} to ${file}${asOf ? ` as at ${asOf.toISOString()}` : ''}`);
    });
  });
