// Bundles every entry point with esbuild. Type-checking is `npm run typecheck` (esbuild does not check types).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning' };

const WEBVIEW_PANELS = ['memory-graph', 'gil-timeline', 'lesson'];

// `import source from '<module>?worker-source'` gives the module's file as text (webview/worker-source.d.ts):
// the memory graph starts elkjs's worker build from a Blob of it.
const require = createRequire(import.meta.url);
const workerSource = {
  name: 'worker-source',
  setup(build) {
    build.onResolve({ filter: /\?worker-source$/ }, (args) => ({ path: require.resolve(args.path.replace(/\?worker-source$/, '')), namespace: 'worker-source' }));
    build.onLoad({ filter: /.*/, namespace: 'worker-source' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

const entries = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20',
    banner: { js: '#!/usr/bin/env node' } },
  // The simulator alone, for in-process use from Node scripts (bench/run.mjs): require('./dist/core.js').
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The V8 settings the CLI runs the simulator with, for the other Node scripts that run it (bench/run.mjs).
  { entryPoints: ['src/node/v8-tuning.ts'], outfile: 'dist/v8-tuning.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The trace's pre-faulted blocks (a helper thread), for the other Node scripts that record traces (bench/run.mjs).
  { entryPoints: ['src/node/prefaulted-blocks.ts'], outfile: 'dist/prefaulted-blocks.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode'] },
  // The simulation's worker_threads entry: the extension host never runs the simulator on its own thread.
  { entryPoints: ['src/worker/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The standard integration suite (test/vscode), run by @vscode/test-electron where VS Code can be downloaded.
  { entryPoints: ['test/vscode/suite/index.ts'], outfile: 'out/test/vscode/suite/index.js', platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode', 'mocha'] },
  // The panels' webview apps (lit, browser): webview/<panel>/main.ts → dist/webview/<panel>.js. A new panel
  // is one more name here, plus its host class in src/extension/panels/.
  ...WEBVIEW_PANELS.map((panel) => ({
    entryPoints: [`webview/${panel}/main.ts`], outfile: `dist/webview/${panel}.js`, platform: 'browser', format: 'iife', target: 'es2022',
    plugins: [workerSource],
  })),
].filter((entry) => existsSync(entry.entryPoints[0]));

await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));

// The codicon font the webviews' icons use, served from the extension (no remote content).
mkdirSync('dist/webview/codicons', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/webview/codicons/${file}`);
