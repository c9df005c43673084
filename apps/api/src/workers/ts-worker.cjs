// Under Jest only: loads a worker thread's .ts entry (workerData.entry) from source. The bundle
// ships each worker as its own .js (webpack's additional entries), so production never uses this.
// Transpile-only with SWC and the options Jest's transform uses (types are checked by the typecheck
// target); @ledger/* paths from tsconfig.base.json; compiled output cached on disk so a worker
// starts in a second, not ten. The compiler loads only on a cache miss.
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { workerData } = require('piscina');

const root = join(__dirname, '../../../..');
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
const cacheDir = join(root, 'node_modules/.cache/ledger-ts-worker');
mkdirSync(cacheDir, { recursive: true });
const { swcOptions } = require(join(root, 'tools/jest/swc-options.cjs'));
const swc = () => require('@swc/core');
const options = swcOptions('typescript');
/** A cached output is reused only by the same compiler with the same options. */
const compilerKey = `${require('@swc/core/package.json').version} ${JSON.stringify(options)}`;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const mapped = compilerOptions.paths[request];
  return resolveFilename.call(this, mapped ? join(root, mapped[0]) : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const cached = join(cacheDir, `${createHash('sha1').update(compilerKey).update(filename).update(source).digest('hex')}.js`);
  let output;
  if (existsSync(cached)) output = readFileSync(cached, 'utf8');
  else {
    output = swc().transformSync(source, { ...options, filename }).code;
    // Written aside, then renamed into place: several workers (in several test processes) compile
    // the same file at once on a cold cache, and one reading another's half-written file got a
    // module with half its exports (a clean clone's run failed with "… is not iterable").
    const partial = `${cached}.${process.pid}.${require('node:worker_threads').threadId}.tmp`;
    writeFileSync(partial, output);
    renameSync(partial, cached);
  }
  module._compile(output, filename);
};

module.exports = require(workerData.entry);
