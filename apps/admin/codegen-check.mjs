#!/usr/bin/env node
// Fails when apps/admin/src/app/generated is not what apps/admin/codegen.ts makes of the API's
// schema and the admin's *.graphql operations today (a schema or an operation changed without
// regenerating). Generates in memory and compares; writes nothing.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const configFilePath = resolve('apps/admin/codegen.ts');
const { config } = await loadCodegenConfig({ configFilePath });
const outputs = await generate({ ...config, silent: true, verbose: false }, false);

const stale = [];
const expected = new Set();
for (const { filename, content } of outputs) {
  const file = resolve(filename);
  expected.add(file);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== content) stale.push(relative(process.cwd(), file));
}
for (const dir of new Set(outputs.map(({ filename }) => resolve(filename, '..')))) {
  for (const name of readdirSync(dir)) {
    if (!expected.has(join(dir, name))) stale.push(`${relative(process.cwd(), join(dir, name))} (not generated any more)`);
  }
}

if (stale.length > 0) {
  console.error(`The generated GraphQL types are stale:\n  ${stale.join('\n  ')}\nrun npx nx run admin:codegen`);
  process.exit(1);
}
console.log(`Generated GraphQL types are up to date (${outputs.length} files).`);
