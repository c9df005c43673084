// @ts-check
// Plain JavaScript on purpose: Nx loads a local generator with Node's own loader, and Node 20 has
// no TypeScript stripping (nor is ts-node or swc-node installed). `tsc --checkJs` still checks it.
const path = require('node:path');
const { generateFiles, joinPathFragments, logger, names, updateJson } = require('@nx/devkit');

/** The folder under which every bounded context lives: libs/<name>/domain and libs/<name>/api. */
const LIBS = 'libs';
/** Where the module-boundary scopes are declared; the generator appends the new context there. */
const ESLINT_CONFIG = 'eslint.config.mjs';
const CONTEXTS_BLOCK = /(const contexts = \{\r?\n)([\s\S]*?)(\r?\n\};)/;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * @typedef {{ name: string; aggregate?: string }} ContextGeneratorOptions
 */

/** "contracts" -> "contract"; names that do not end in a plain plural s stay as they are. */
function singular(/** @type {string} */ name) {
  return /[^s]s$/.test(name) ? name.slice(0, -1) : name;
}

/** The spellings the templates use, from kebab-case names. */
function substitutions(/** @type {string} */ context, /** @type {string} */ aggregate) {
  const ctx = names(context);
  const agg = names(aggregate);
  return {
    name: ctx.fileName,
    ctxClass: ctx.className,
    ctxConst: ctx.constantName,
    ctxProp: ctx.propertyName,
    aggFile: agg.fileName,
    aggClass: agg.className,
    aggConst: agg.constantName,
    aggProp: agg.propertyName,
    /** Human words for descriptions and messages: "contracts probe". */
    aggWords: agg.fileName.replace(/-/g, ' '),
    ctxWords: ctx.fileName.replace(/-/g, ' '),
    /** Relative path from a library root to the workspace root (libs/<name>/domain -> ../../..). */
    offset: '../../..',
  };
}

/** Adds the context to the `contexts` list of eslint.config.mjs, from which its scope rule derives. */
function addScope(/** @type {import('@nx/devkit').Tree} */ tree, /** @type {string} */ context) {
  const source = tree.read(ESLINT_CONFIG, 'utf-8');
  const match = source && CONTEXTS_BLOCK.exec(source);
  if (!source || !match) {
    throw new Error(`${ESLINT_CONFIG} has no \`const contexts = { ... };\` list to add scope:${context} to`);
  }
  const key = /^[a-z][a-z0-9]*$/.test(context) ? context : `'${context}'`;
  if (new RegExp(`^\\s*${key.replace(/[-']/g, (c) => `\\${c}`)}:`, 'm').test(match[2])) return;
  const entry = `  ${key}: [],`;
  tree.write(ESLINT_CONFIG, source.replace(CONTEXTS_BLOCK, (_, open, body, close) => `${open}${body}\n${entry}${close}`));
}

/**
 * Scaffolds a bounded context in the gateway context's shape (see docs and the architecture test
 * in tools/architecture): a pure domain library with one aggregate and its decider spec, and an
 * api library with graphql/, projections/, read/ and write/.
 *
 * @param {import('@nx/devkit').Tree} tree
 * @param {ContextGeneratorOptions} options
 */
async function contextGenerator(tree, options) {
  const context = (options.name ?? '').trim();
  if (!KEBAB.test(context)) throw new Error(`The context name must be kebab case (e.g. contracts), not "${context}"`);
  const aggregate = (options.aggregate ?? singular(context)).trim();
  if (!KEBAB.test(aggregate)) throw new Error(`The aggregate name must be kebab case (e.g. contract), not "${aggregate}"`);
  const root = joinPathFragments(LIBS, context);
  if (tree.exists(root)) throw new Error(`${root} already exists`);

  const values = substitutions(context, aggregate);
  generateFiles(tree, path.join(__dirname, 'files', 'domain'), joinPathFragments(root, 'domain'), values);
  generateFiles(tree, path.join(__dirname, 'files', 'api'), joinPathFragments(root, 'api'), values);

  updateJson(tree, 'tsconfig.base.json', (json) => {
    json.compilerOptions ??= {};
    json.compilerOptions.paths ??= {};
    json.compilerOptions.paths[`@ledger/${context}-domain`] = [`${root}/domain/src/index.ts`];
    json.compilerOptions.paths[`@ledger/${context}-api`] = [`${root}/api/src/index.ts`];
    return json;
  });
  addScope(tree, context);

  return () => {
    logger.info(`Scaffolded the ${context} context. Next: import ${values.ctxClass}Module in apps/api/src/app/app.module.ts, then regenerate apps/api/schema.graphql (npx nx run api:test).`);
  };
}

module.exports = { contextGenerator, default: contextGenerator };
