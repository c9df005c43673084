module.exports = require('../../../tools/jest/jest-project.cjs').ledgerJestProject(__dirname, 'lessons-api', { postgres: true });
