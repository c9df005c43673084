const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/**
 * One bundle of a Node app and its libs (API, CLI, benchmark); node_modules stay external because
 * better-sqlite3 and argon2 are native. `outputDir` is relative to the workspace root.
 * `additionalEntryPoints` ([{ entryName, entryPath }]) are bundled beside main.js, e.g. worker threads.
 */
module.exports = function nodeApp(outputDir, { additionalEntryPoints = [] } = {}) {
  return {
    output: { path: join(__dirname, '../..', outputDir), clean: true },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        additionalEntryPoints,
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
};
