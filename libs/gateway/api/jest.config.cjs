module.exports = require('../../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'gateway-api', { postgres: true });
