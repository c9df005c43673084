module.exports = require('../../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'workforce-api', { postgres: true });
