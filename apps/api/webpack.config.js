// Worker threads are bundled beside main.js (dist/apps/api/<entryName>.js): see src/workers/worker-entries.ts.
const config = require('../../tools/webpack/node-app.cjs')('dist/apps/api', {
  additionalEntryPoints: [
    { entryName: 'heavy-work-worker', entryPath: './src/workers/heavy-work.worker.ts' },
    { entryName: 'wal-checkpoint-worker', entryPath: './src/workers/wal-checkpoint.worker.ts' },
  ],
});
// A worker module's exports are its tasks (Piscina looks them up by name): the bundle must export them.
config.output.library = { type: 'commonjs2' };
module.exports = config;
