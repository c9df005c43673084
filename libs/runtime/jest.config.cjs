// openStores with EventStoreDB keeps its read side in PostgreSQL when DATABASE_URL is set: tested on the run's PostgreSQL.
module.exports = require('../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'runtime', { postgres: true });
