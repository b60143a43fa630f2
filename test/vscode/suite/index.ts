// Entry point VS Code's test runner calls inside the extension host (bundled to out/test/vscode/suite/index.js).
import Mocha from 'mocha';
import { registerExtensionTests } from './extension.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 30_000 });
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  registerExtensionTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
