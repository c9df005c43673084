// The projection integration specs (*.int.spec.ts) run against SQLite and PostgreSQL; Jest starts PostgreSQL only when there are tests to run.
module.exports = require('../../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'contracts-api', { postgres: true });
