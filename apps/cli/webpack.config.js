// `ledger verify`'s worker thread is bundled beside main.js (dist/apps/cli/verify-worker.js): see src/workers/verify-workers.ts.
const config = require('../../tools/webpack/node-app.cjs')('dist/apps/cli', {
  additionalEntryPoints: [{ entryName: 'verify-worker', entryPath: './src/workers/verify.worker.ts' }],
});
// A worker module's exports are its tasks (Piscina looks them up by name): the bundle must export them.
config.output.library = { type: 'commonjs2' };
module.exports = config;
