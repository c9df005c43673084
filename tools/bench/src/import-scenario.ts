import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { InMemoryPersonalDataKeyStore } from '@ledger/event-store-core';
import { SqliteEventStore, SqliteReadModelStore } from '@ledger/event-store-sqlite';
import { IdentityModule } from '@ledger/identity-api';
import { Actor, LedgerCoreModule, ReadSide, commandMetadataFor, readTable } from '@ledger/shared-api';
import { CompetencyCommandMessage, StaffMemberCommandMessage, WorkforceImporter, WorkforceModule } from '@ledger/workforce-api';
import { timed } from './measure';

/** What imports a spreadsheet: the product's WorkforceImporter, or another one to compare it with. */
export type Importer = Pick<WorkforceImporter, 'import'>;

export interface ImportScenario {
  /** Data rows in the skills-matrix file. */
  rows: number;
  /** How many people the rows are about: 1 puts every row on one person's stream. */
  people: number;
  /** Also apply the file after the dry run (default true). */
  apply?: boolean;
  /** Another importer to measure (e.g. an older one); the product's by default. */
  importerFor?: (app: INestApplicationContext) => Importer;
}

export interface ImportScenarioResult {
  rows: number;
  people: number;
  dryRunMs: number;
  appliedMs?: number;
  /** The longest the event loop was held during the dry run (what `/health` would have waited). */
  longestBlockDryRunMs: number;
  /** The same during the applied run, read models caught up included. */
  longestBlockAppliedMs?: number;
}

const ACTOR: Actor = { userId: 'bench', roles: ['ADMIN'] };

@Module({})
class ImportBenchModule {}

/**
 * A skills-matrix spreadsheet of `rows` rows about `people` people, dry-run and then applied
 * through the real importer on a fresh SQLite store (handlers, deciders, projections, read-your-
 * writes at the end). Rows per second should not fall as the rows grow, whoever they are about.
 */
export async function measureImport(scenario: ImportScenario): Promise<ImportScenarioResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-import-'));
  const path = join(dir, 'ledger.sqlite');
  const eventStore = SqliteEventStore.open(path);
  const readModels = SqliteReadModelStore.open(path);
  const app = await NestFactory.createApplicationContext(
    {
      module: ImportBenchModule,
      imports: [
        LedgerCoreModule.forRoot({ eventStore, readModels, personalDataKeys: new InMemoryPersonalDataKeyStore(), accountLookupKey: randomBytes(32) }),
        CqrsModule.forRoot(),
        JwtModule.register({ global: true, secret: randomBytes(32).toString('hex') }),
        IdentityModule,
        WorkforceModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  try {
    await app.init();
    const commands = app.get(CommandBus);
    const emails: string[] = [];
    for (let p = 0; p < scenario.people; p++) {
      const staffMemberId = `bench-person-${p}`;
      emails.push(`person${p}@example.gov.uk`);
      const command = { type: 'RegisterStaffMember' as const, staffMemberId, displayName: `Person ${p}`, email: emails[p], jobTitle: 'Procurement Officer', department: 'Procurement' };
      await commands.execute(new StaffMemberCommandMessage(staffMemberId, command, commandMetadataFor(ACTOR)));
    }
    const competencyId = 'bench-competency';
    await commands.execute(
      new CompetencyCommandMessage(
        competencyId,
        { type: 'DefineCompetency', competencyId, name: 'Contract management', category: 'Commercial', levelDescriptors: ['0', '1', '2', '3', '4'] },
        commandMetadataFor(ACTOR),
      ),
    );

    const lines = ['Email,Competency,Level,Evidence'];
    for (let i = 0; i < scenario.rows; i++) lines.push(`${emails[i % scenario.people]},Contract management,${i % 5},Observed at review ${i}`);
    const content = Buffer.from(lines.join('\n') + '\n');
    const rows = await readTable(content, 'csv');
    const importer: Importer = scenario.importerFor ? scenario.importerFor(app) : app.get(WorkforceImporter);

    const dryLoop = watchEventLoop();
    const [dry, dryRunMs] = await timed(() => importer.import('skills-matrix', content, rows, ACTOR, { dryRun: true }));
    const longestBlockDryRunMs = dryLoop.stop();
    if (dry.errors.length) throw new Error(`The dry run refused rows: ${JSON.stringify(dry.errors.slice(0, 3))}`);
    let appliedMs: number | undefined;
    let longestBlockAppliedMs: number | undefined;
    if (scenario.apply ?? true) {
      const appliedLoop = watchEventLoop();
      const [applied, took] = await timed(() => importer.import('skills-matrix', content, rows, ACTOR, { dryRun: false }));
      if (applied.applied !== scenario.rows) throw new Error(`Applied ${applied.applied} of ${scenario.rows} rows: ${JSON.stringify(applied.errors.slice(0, 3))}`);
      appliedMs = took;
      longestBlockAppliedMs = appliedLoop.stop();
    }
    // Let the projections finish before the stores close under them.
    await app.get(ReadSide).waitFor(await eventStore.headPosition());
    return { rows: scenario.rows, people: scenario.people, dryRunMs, appliedMs, longestBlockDryRunMs, longestBlockAppliedMs };
  } finally {
    await app.close();
    await readModels.close();
    await eventStore.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The longest gap between the turns of a 5 ms timer: how long a request such as `/health` could have waited. */
function watchEventLoop(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

/** The same file sizes about one person and about many, for the benchmark's table. */
export async function measureImports(sizes = [1000, 2000, 4000, 8000], manyPeople = 200): Promise<ImportScenarioResult[]> {
  const results: ImportScenarioResult[] = [];
  for (const people of [1, manyPeople]) for (const rows of sizes) results.push(await measureImport({ rows, people }));
  return results;
}
