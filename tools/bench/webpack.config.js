module.exports = require('../../tools/webpack/node-app.cjs')('dist/tools/bench');
