import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { TestLedger, startTestLedger } from '../testing/test-ledger';

const workspace = join(__dirname, '../../../..');
const committedPath = join(workspace, 'apps/api/schema.graphql');
const coverageCheck = join(workspace, '../shared/checks/contract-coverage.mjs');

describe('the GraphQL schema the API serves', () => {
  let ledger: TestLedger;
  let served: string;

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    served = `${printSchema(lexicographicSortSchema(ledger.app.get(GraphQLSchemaHost).schema))}\n`;
  });
  afterAll(async () => ledger?.close());

  it('matches the committed schema (run `npx nx run api:schema` after changing the API)', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(committedPath, served);
    expect(readFileSync(committedPath, 'utf8')).toBe(served);
  });

  it('is compatible with every item of the public contract that it serves', () => {
    if (!existsSync(coverageCheck)) throw new Error(`The contract check is missing at ${coverageCheck}: the shared folder must sit beside the repository`);
    const report = execFileSync(process.execPath, [coverageCheck, committedPath], { cwd: workspace, encoding: 'utf8' });
    const incompatible = report.split('\n').filter((line) => /served |required by the server/.test(line));
    expect(incompatible).toEqual([]);
    expect(report).toMatch(/contract: \d+\/\d+ items present/);
  });
});
