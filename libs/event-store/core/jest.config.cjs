module.exports = require('../../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'event-store-core');
