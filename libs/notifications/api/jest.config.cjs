module.exports = require('../../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'notifications-api', { postgres: true });
