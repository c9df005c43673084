// @ts-check
// The workspace's Nx plugin (`@ledger/tools`): generators only, listed in ../generators.json.
module.exports = { ...require('./generators/context/generator') };
