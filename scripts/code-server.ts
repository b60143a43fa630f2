// VS Code for the web (code-server, from the npm registry) on loopback, with the packaged extension
// installed: used by `npm run try` (scripts/try.ts) and the end-to-end suite (test/e2e). VS Code desktop
// cannot be downloaded on offline machines; code-server can.
//
//   tsx scripts/code-server.ts install   installs code-server into .vscode-test/code-server (idempotent)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // the newest release whose engines.node accepts Node 20
const RIPGREP_PACKAGE_VERSION = '1.15.11'; // the @vscode/ripgrep that code-server 4.100.3 bundles
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const root = path.resolve(__dirname, '..');
const cacheDir = path.join(root, '.vscode-test');
const installDir = path.join(cacheDir, 'code-server');
const entry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const vsixPath = path.join(cacheDir, 'cpython-lens.vsix');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function installedVersion(): string | null {
  const manifest = path.join(installDir, 'node_modules', 'code-server', 'package.json');
  if (!existsSync(manifest) || !existsSync(entry)) return null;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * @vscode/ripgrep's postinstall downloads `rg` from a code host, which fails offline. It first looks for a
 * cached archive in the temp dir, so Debian's rg is packed there (a tar.gz holding one file `rg` at its root).
 */
function seedRipgrepCache(): void {
  const dir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const archive = path.join(dir, RIPGREP_ARCHIVE);
  if (existsSync(archive)) return;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  if (!rg) throw new Error('ripgrep is missing (apt-get install -y ripgrep): code-server needs it to install offline');
  mkdirSync(dir, { recursive: true });
  run('tar', ['-czf', archive, '-C', path.dirname(rg), path.basename(rg)]);
}

/** Installs code-server once into .vscode-test/code-server (about 1–2 minutes, ~280 MB). */
export function installCodeServer(): void {
  if (installedVersion() === CODE_SERVER_VERSION) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('the code-server install is scripted for linux x64 only');
  seedRipgrepCache();
  mkdirSync(installDir, { recursive: true });
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, installDir)} (once)…`);
  // A nested `npx node-gyp` must not prompt; code-server's postinstall refuses to run as root without unsafe_perm.
  run('npm', ['install', '--prefix', installDir, '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`],
    { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' });
  if (installedVersion() !== CODE_SERVER_VERSION) throw new Error('code-server did not install');
}

/** Production bundles, then `vsce package` into .vscode-test/cpython-lens.vsix. */
export function packageExtension(): string {
  run('npm', ['run', '--silent', 'package']);
  return vsixPath;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EditorServer {
  url: string;
  /** The URL that opens `folder`. */
  folderUrl: string;
  pid: number;
  stop(): Promise<void>;
}

export interface EditorOptions {
  folder: string;
  /** User settings (settings.json) of the editor profile. */
  settings?: Record<string, unknown>;
  /** Where the profile (user data, extensions) lives; a fresh temp dir by default. */
  profileDir?: string;
  /** The display language (code-server's --locale), e.g. 'fr'. */
  locale?: string;
  /**
   * The translations of VS Code's own strings for `locale` (a language pack's main.i18n.json). code-server
   * uses a display language only when the profile's languagepacks.json lists a pack for it.
   */
  coreTranslations?: string;
  log?: (line: string) => void;
}

/** A fresh profile with the extension installed, then code-server on a free loopback port. */
export async function startEditor(options: EditorOptions): Promise<EditorServer> {
  const profile = options.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'cpython-lens-editor-'));
  const userData = path.join(profile, 'user-data');
  const extensions = path.join(profile, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', // the welcome walkthrough would cover the editor
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    ...options.settings,
  }, null, 2));
  const cli = ['--extensions-dir', extensions, '--user-data-dir', userData];
  run(process.execPath, [entry, ...cli, '--install-extension', vsixPath, '--force']);
  if (options.locale && options.coreTranslations) writeLanguagePacks(userData, options.locale, options.coreTranslations);
  const port = await freePort();
  const child = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', ...(options.locale ? ['--locale', options.locale] : []), ...cli, options.folder], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.log ?? (() => undefined);
  child.stdout?.on('data', (d: Buffer) => log(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log(d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const server: EditorServer = {
    url,
    folderUrl: `${url}?folder=${encodeURIComponent(options.folder)}`,
    pid: child.pid ?? -1,
    stop: () => stopProcessGroup(child),
  };
  try {
    await waitForHealth(url, child, 60_000);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

/** What VS Code's language pack service writes when a pack is installed (src/vs/platform/languagePacks/node/languagePacks.ts). */
function writeLanguagePacks(userData: string, locale: string, translations: string): void {
  const packs = {
    [locale]: {
      hash: createHash('md5').update(readFileSync(translations)).digest('hex'),
      extensions: [{ extensionIdentifier: { id: `cpython-lens.test-language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

/** code-server runs a child process of its own: its whole process group (ours, by pid) is stopped. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

if (require.main === module) {
  const command = process.argv[2];
  if (command === 'install') {
    try {
      installCodeServer();
      console.log(`code-server ${CODE_SERVER_VERSION} is ready in ${path.relative(root, installDir)}`);
    } catch (err) {
      console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
  } else {
    console.error('usage: tsx scripts/code-server.ts install');
    process.exit(2);
  }
}
