// The Jest config of a Node project: the shared preset, the project's name and folder and, where its
// integration specs also run against PostgreSQL, the embedded server started once per run.
const path = require('node:path');
const preset = require('../../jest.preset.cjs');

/**
 * @param {string} projectDir the project's folder (its jest.config.cjs passes __dirname)
 * @param {string} displayName the Nx project name
 * @param {{ postgres?: boolean }} [options] postgres: start the embedded PostgreSQL for the run
 */
function ledgerJestProject(projectDir, displayName, { postgres = false } = {}) {
  const postgresServer = postgres
    ? { globalSetup: path.join(__dirname, 'postgres-global-setup.mjs'), globalTeardown: path.join(__dirname, 'postgres-global-teardown.mjs') }
    : {};
  return { ...preset, displayName, rootDir: projectDir, ...postgresServer };
}

module.exports = { ledgerJestProject };
