// `npm run try`: builds and packages the extension, installs it into code-server (VS Code for the web,
// installed once into .vscode-test/), opens examples/ on a localhost URL and prints it. Ctrl-C stops it.
import path from 'node:path';
import { installCodeServer, packageExtension, root, startEditor } from './code-server';

async function main(): Promise<void> {
  installCodeServer();
  packageExtension();
  const folder = path.join(root, 'examples');
  const editor = await startEditor({ folder, profileDir: path.join(root, '.vscode-test', 'try-profile') });
  console.log(`\nCPython Lens is running in VS Code for the web:\n\n  ${editor.folderUrl}\n`);
  console.log('Open refcount.py: annotations appear after the lines; hover a name; F1 → "CPython Lens".');
  console.log('Press Ctrl-C to stop.');
  const stop = () => void editor.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
