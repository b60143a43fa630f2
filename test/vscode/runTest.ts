// `npm run test:vscode`: downloads VS Code (desktop) with @vscode/test-electron and runs test/vscode/suite
// inside it, with the extension loaded from this folder and examples/ as the workspace. Needs network access
// to VS Code's update server, so it is not part of `npm test` (test/e2e covers the real editor offline).
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'suite', 'index.js'),
      launchArgs: [path.join(root, 'examples'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error('The VS Code integration suite failed:', err);
    process.exit(1);
  }
}

void main();
