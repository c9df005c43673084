import { writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { Command, Option } from 'commander';
import type { Sheet } from '@ledger/shared-api';
import { withApplication } from '../context';
import { asOfOption } from '../as-of-option';

/** Every register the product keeps, by the name used on the command line and in HTTP exports. */
export const REGISTERS = ['establishment', 'skills-matrix', 'training-register', 'gateway-log', 'lessons-log', 'risk-register', 'contracts-register'] as const;
export type Register = (typeof REGISTERS)[number];

/** A register's sheets: each context's library is loaded when a register is written, not at start-up. */
export async function registerSheets(app: INestApplicationContext, register: Register, asOf?: Date): Promise<Sheet[]> {
  const [{ WorkforceExporter }, { GatewayLogExporter }, { LessonsLogExporter }, { RiskRegisterExporter }, { ContractsRegisterExporter }] = await Promise.all([
    import('@ledger/workforce-api'),
    import('@ledger/gateway-api'),
    import('@ledger/lessons-api'),
    import('@ledger/risk-api'),
    import('@ledger/contracts-api'),
  ]);
  const sheetsOf: Record<Register, () => Promise<Sheet[]>> = {
    establishment: () => app.get(WorkforceExporter).sheets('establishment', asOf),
    'skills-matrix': () => app.get(WorkforceExporter).sheets('skills-matrix', asOf),
    'training-register': () => app.get(WorkforceExporter).sheets('training-register', asOf),
    'gateway-log': () => app.get(GatewayLogExporter).sheets(asOf),
    'lessons-log': () => app.get(LessonsLogExporter).sheets(asOf),
    'risk-register': () => app.get(RiskRegisterExporter).sheets(asOf),
    'contracts-register': () => app.get(ContractsRegisterExporter).sheets(asOf),
  };
  return sheetsOf[register]();
}

export const registersCommand = new Command('registers').description('The registers as spreadsheets');

registersCommand
  .command('export')
  .description('Write a register to .xlsx (every sheet) or .csv (the main sheet), chosen by the file name')
  .addArgument(new Command().createArgument('<register>', 'which register').choices(REGISTERS))
  .argument('<file>', 'where to write, ending .xlsx or .csv')
  .addOption(new Option('--as-of <instant>', 'the register as at this ISO instant'))
  .action(async (register: Register, file: string, options: { asOf?: string }) => {
    const { formatOf, writeTables } = await import('@ledger/shared-api');
    const format = formatOf(file);
    const asOf = await asOfOption(options.asOf);
    await withApplication(async (app) => {
      writeFileSync(file, await writeTables(await registerSheets(app, register, asOf), format), { mode: 0o600 });
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
    const [{ formatOf, writeTables }, { parseFoiYearParam }, { SocialValueFoiService }] = await Promise.all([
      import('@ledger/shared-api'),
      import('@ledger/contracts-api'),
      import('@ledger/strategy-pack'),
    ]);
    const format = formatOf(file);
    const year = parseFoiYearParam(options.year);
    const asOf = await asOfOption(options.asOf);
    await withApplication(async (app) => {
      writeFileSync(file, await writeTables(await app.get(SocialValueFoiService).sheets(year, asOf), format), { mode: 0o600 });
      console.log(`Wrote the social value FOI answers for ${year} to ${file}${asOf ? ` as at ${asOf.toISOString()}` : ''}`);
    });
  });
