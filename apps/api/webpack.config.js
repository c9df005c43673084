module.exports = require('../../tools/webpack/node-app.cjs')('dist/apps/api');
