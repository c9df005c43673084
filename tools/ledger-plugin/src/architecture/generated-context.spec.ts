import { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contextGenerator } from '../generators/context/generator';
import { checkArchitecture } from './check-architecture';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');
const PROBE = 'contracts-probe';
const API = `libs/${PROBE}/api/src/lib`;
const DOMAIN = `libs/${PROBE}/domain/src/lib`;

/** A virtual workspace with this one's config and the project.json of the libraries the scaffold builds on. */
async function scaffold(): Promise<Tree> {
  const tree = createTreeWithEmptyWorkspace();
  for (const file of ['eslint.config.mjs', 'tsconfig.base.json', 'libs/shared/domain/project.json', 'libs/domain-kernel/project.json']) {
    tree.write(file, readFileSync(join(workspaceRoot, file), 'utf8'));
  }
  await contextGenerator(tree, { name: PROBE });
  return tree;
}

const dirs: string[] = [];
/** Writes the tree to a temporary folder: the architecture check reads a real file system. */
function onDisk(tree: Tree): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-architecture-'));
  dirs.push(dir);
  for (const change of tree.listChanges()) {
    if (change.type === 'DELETE' || !change.content) continue;
    mkdirSync(join(dir, dirname(change.path)), { recursive: true });
    writeFileSync(join(dir, change.path), change.content);
  }
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('nx g @ledger/tools:context', () => {
  it('scaffolds a context that passes the architecture check', async () => {
    const tree = await scaffold();
    expect(tree.exists(`${DOMAIN}/contracts-probe.ts`)).toBe(true);
    expect(tree.exists(`${DOMAIN}/contracts-probe.decider.spec.ts`)).toBe(true);
    expect(tree.exists(`${API}/contracts-probe.module.ts`)).toBe(true);
    expect(checkArchitecture(onDisk(tree))).toEqual([]);
  });

  it('names the domain and api libraries in tsconfig paths and adds the scope to eslint.config.mjs', async () => {
    const tree = await scaffold();
    const paths = JSON.parse(tree.read('tsconfig.base.json', 'utf8') as string).compilerOptions.paths;
    expect(paths['@ledger/contracts-probe-domain']).toEqual(['libs/contracts-probe/domain/src/index.ts']);
    expect(paths['@ledger/contracts-probe-api']).toEqual(['libs/contracts-probe/api/src/index.ts']);
    expect(tree.read('eslint.config.mjs', 'utf8')).toMatch(/const contexts = \{[^}]*\n {2}'contracts-probe': \[\],\n\};/);
    expect(JSON.parse(tree.read(`libs/${PROBE}/domain/project.json`, 'utf8') as string).tags).toEqual(['type:domain', 'scope:contracts-probe']);
    expect(JSON.parse(tree.read(`libs/${PROBE}/api/project.json`, 'utf8') as string).tags).toEqual(['type:api', 'scope:contracts-probe']);
  });

  it('uses the house names: <Aggregate>CommandMessage, <Aggregate>CommandHandler, <CTX>_COMMAND_HANDLERS, <Ctx>Queries, a versioned projection', async () => {
    const tree = await scaffold();
    expect(tree.read(`${API}/write/messages.ts`, 'utf8')).toContain('export class ContractsProbeCommandMessage');
    expect(tree.read(`${API}/write/handlers.ts`, 'utf8')).toContain('export class ContractsProbeCommandHandler');
    expect(tree.read(`${API}/write/handlers.ts`, 'utf8')).toContain('export const CONTRACTS_PROBE_COMMAND_HANDLERS');
    expect(tree.read(`${API}/read/contracts-probe-queries.ts`, 'utf8')).toContain('export class ContractsProbeQueries');
    expect(tree.read(`${API}/projections/contracts-probe.projection.ts`, 'utf8')).toContain('version: 1,');
  });

  it('names the aggregate after the context without its plural s unless told otherwise', async () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('eslint.config.mjs', readFileSync(join(workspaceRoot, 'eslint.config.mjs'), 'utf8'));
    await contextGenerator(tree, { name: 'contracts' });
    await contextGenerator(tree, { name: 'grants', aggregate: 'grant-award' });
    expect(tree.exists('libs/contracts/domain/src/lib/contract.ts')).toBe(true);
    expect(tree.exists('libs/grants/domain/src/lib/grant-award.ts')).toBe(true);
  });

  it('refuses a name that is not kebab case, and a context that exists', async () => {
    const tree = await scaffold();
    await expect(contextGenerator(tree, { name: 'Contracts' })).rejects.toThrow(/kebab case/);
    await expect(contextGenerator(tree, { name: PROBE })).rejects.toThrow(/libs\/contracts-probe already exists/);
  });
});

describe('the architecture check on a context that deviates', () => {
  it('names a stray folder in the api library', async () => {
    const tree = await scaffold();
    tree.write(`${API}/services/contracts.service.ts`, 'export class ContractsService {}\n');
    expect(checkArchitecture(onDisk(tree))).toEqual([
      'libs/contracts-probe/api: unexpected folder src/lib/services/; expected src/lib/contracts-probe.module.ts and the folders graphql/, projections/, read/, write/ (adapters: spreadsheets/, exports/, auth/, mail/, calendar/, sso/)',
    ]);
  });

  it('names a stray file next to the module and a missing folder', async () => {
    const tree = await scaffold();
    tree.rename(`${API}/write/handlers.ts`, `${API}/contracts-probe.handlers.ts`);
    tree.delete(`${API}/write/messages.ts`);
    expect(checkArchitecture(onDisk(tree))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^libs\/contracts-probe\/api: unexpected file src\/lib\/contracts-probe\.handlers\.ts; expected/),
        expect.stringMatching(/^libs\/contracts-probe\/api: missing folder src\/lib\/write\//),
        expect.stringMatching(/command handler ContractsProbeCommandHandler belongs in src\/lib\/write\/handlers\.ts/),
      ]),
    );
  });

  it('names a domain library that imports the store runtime, Nest or Node', async () => {
    const tree = await scaffold();
    const file = `${DOMAIN}/contracts-probe.ts`;
    tree.write(file, `import { createHash } from 'node:crypto';\nimport { Injectable } from '@nestjs/common';\nimport { handleCommand } from '@ledger/event-store-core';\n${tree.read(file, 'utf8')}`);
    const problems = checkArchitecture(onDisk(tree));
    expect(problems).toEqual(['node:crypto', '@nestjs/common', '@ledger/event-store-core'].map((specifier) => `${file} imports ${specifier}: a type:domain library imports only @ledger/domain-kernel, other domain libraries and its own files`));
  });

  it('names a folder in the domain library and misnamed bus messages and handlers', async () => {
    const tree = await scaffold();
    tree.write(`${DOMAIN}/rules/policy.ts`, 'export const POLICY = 1;\n');
    tree.write(`${API}/write/messages.ts`, `${tree.read(`${API}/write/messages.ts`, 'utf8')}\nexport type ContractIntent = { type: 'Open' };\nexport class OpenContract {}\n`);
    tree.write(`${API}/write/handlers.ts`, (tree.read(`${API}/write/handlers.ts`, 'utf8') as string).replace(/ContractsProbeCommandHandler/g, 'ContractsProbeHandler'));
    expect(checkArchitecture(onDisk(tree))).toEqual([
      'libs/contracts-probe/domain: unexpected folder src/lib/rules; expected src/index.ts and one file per aggregate in src/lib/ (with its *.decider.spec.ts)',
      'libs/contracts-probe/api: write/messages.ts: bus message OpenContract should be named <Aggregate>CommandMessage',
      'libs/contracts-probe/api: write/messages.ts: ContractIntent: the bus carries the domain command (<Aggregate>Request), not an *Intent',
      'libs/contracts-probe/api: src/lib/write/handlers.ts: command handler ContractsProbeHandler should be named <Aggregate>CommandHandler',
    ]);
  });

  it('names a projection without a version', async () => {
    const tree = await scaffold();
    const file = `${API}/projections/contracts-probe.projection.ts`;
    tree.write(file, (tree.read(file, 'utf8') as string).replace('  version: 1,\n', ''));
    expect(checkArchitecture(onDisk(tree))).toEqual([expect.stringMatching(/^libs\/contracts-probe\/api\/src\/lib\/projections\/contracts-probe\.projection\.ts:\d+: projection 'contracts-probe\.contracts-probe' declares no version/)]);
  });
});
