const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/**
 * One bundle of a Node app and its libs (API, CLI, benchmark); node_modules stay external because
 * better-sqlite3 and argon2 are native. `outputDir` is relative to the workspace root.
 */
module.exports = function nodeApp(outputDir) {
  return {
    output: { path: join(__dirname, '../..', outputDir), clean: true },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
};
