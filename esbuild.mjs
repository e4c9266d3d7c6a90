// Bundles the extension for VS Code's Node extension host (dist/extension.js, CommonJS, `vscode` external), the
// same extension for the browser's web worker extension host (dist/web/extension.js: vscode.dev, github.dev,
// code-server's web worker host), and the CLI (dist/cli.js).
// --production minifies and drops source maps; --watch rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints build results in the shape the esbuild problem matcher expects. */
const reporter = {
  name: 'reporter',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // prefer ES module builds: jsonc-parser's UMD build cannot be bundled
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [reporter],
};

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.context({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // A browser worker has no Node built-ins: the build fails if anything pulls one in.
  }),
  esbuild.context({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (results.some((r) => r.errors.length)) process.exit(1);
}
