#!/usr/bin/env node
/*
 * `node scripts/check-protections.mjs` (on demand, not in `npm test`; a few minutes): proves that
 * every protection in SECURITY.md has a test that fails without it. It copies the working tree
 * to a scratch folder, then for each protection in turn removes it there, rebuilds when the
 * built main process is what the tests drive, runs the tests SECURITY.md names for it, and puts
 * the code back. A removal no test catches is a hole in the proof; the script exits 1 then.
 *
 *   node scripts/check-protections.mjs            every removal
 *   node scripts/check-protections.mjs 13 17      only the removals of those SECURITY.md items
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const SHELL_SECURITY = 'test/shell/security.test.ts';

/**
 * Each removal: the SECURITY.md item, what is removed, the file and the exact text replaced,
 * the tests that must fail, and whether they drive the built bundle (a rebuild first).
 * `also` lists further replacements in the same file, for a protection with two layers.
 * @type {{ item: string, removal: string, file: string, find: string, replace: string, also?: [string, string][], tests: string[], build?: boolean }[]}
 */
const REMOVALS = [
  {
    item: '1',
    removal: 'the session request filter lets everything through',
    file: 'main/security/hardenSession.ts',
    find: 'callback({ cancel: !isRequestAllowed(details.url, origins) });',
    replace: 'callback({ cancel: false && !isRequestAllowed(details.url, origins) });',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '2',
    removal: 'nodeIntegrationInWorker no longer turned off',
    file: 'main/security/webPreferences.ts',
    find: '    nodeIntegrationInWorker: false,\n',
    replace: '',
    tests: ['test/main/security/webPreferences.test.ts'],
  },
  {
    item: '3',
    removal: 'context isolation off in the window',
    file: 'main/window/createMainWindow.ts',
    find: '      contextIsolation: true,',
    replace: '      contextIsolation: false,',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '4',
    removal: 'app.enableSandbox() not called',
    file: 'main/index.ts',
    find: 'app.enableSandbox();',
    replace: '',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '4',
    removal: 'sandbox off in the window',
    file: 'main/window/createMainWindow.ts',
    find: '      sandbox: true,',
    replace: '      sandbox: false,',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '5',
    removal: 'the permission request handler grants everything',
    file: 'main/security/hardenSession.ts',
    find: '    callback(\n      isPermissionGranted(',
    replace: '    callback(\n      true ||\n      isPermissionGranted(',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '5',
    removal: 'the permission policy ignores whether the frame is the main frame',
    file: 'main/security/permissions.ts',
    find: 'if (!query.isMainFrame || !isTrustedUrl(query.requestingUrl, origins)) return false;',
    replace: 'if (!isTrustedUrl(query.requestingUrl, origins)) return false;',
    tests: ['test/main/security/permissions.test.ts'],
  },
  {
    item: '5',
    removal: 'the permission check ignores whether the frame is the main frame',
    file: 'main/security/permissions.ts',
    find: 'if (!isMainFrame || !isTrustedUrl(requestingUrl, origins)) return false;',
    replace: 'if (!isTrustedUrl(requestingUrl, origins)) return false;',
    tests: ['test/main/security/permissions.test.ts', 'test/main/index.test.ts'],
  },
  {
    item: '5',
    removal: 'the permission check handler answers yes to everything',
    file: 'main/security/hardenSession.ts',
    find: '  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>\n',
    replace: '  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>\n    true ||\n',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '5',
    removal: 'the device permission handler answers yes',
    file: 'main/security/hardenSession.ts',
    find: 'session.setDevicePermissionHandler(() => false);',
    replace: 'session.setDevicePermissionHandler(() => true);',
    tests: ['test/main/index.test.ts'],
  },
  {
    item: '6',
    removal: 'webSecurity off in the window',
    file: 'main/window/createMainWindow.ts',
    find: '      webSecurity: true,',
    replace: '      webSecurity: false,',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '7',
    removal: 'the app:// handler sends no Content-Security-Policy header',
    file: 'main/protocol/serveAppProtocol.ts',
    find: "          'content-security-policy': CONTENT_SECURITY_POLICY,\n",
    replace: '',
    tests: [SHELL_SECURITY],
    build: true,
  },
  {
    item: '8',
    removal: 'allowRunningInsecureContent no longer turned off',
    file: 'main/security/webPreferences.ts',
    find: '    allowRunningInsecureContent: false,\n',
    replace: '',
    tests: ['test/main/security/webPreferences.test.ts'],
  },
  {
    item: '9',
    removal: 'experimental features on',
    file: 'main/security/webPreferences.ts',
    find: '    experimentalFeatures: false,',
    replace: '    experimentalFeatures: true,',
    tests: ['test/main/security/webPreferences.test.ts'],
  },
  {
    item: '10',
    removal: 'Auxclick no longer disabled',
    file: 'main/security/webPreferences.ts',
    find: "    disableBlinkFeatures: 'Auxclick',\n",
    replace: '',
    tests: ['test/main/security/webPreferences.test.ts'],
  },
  {
    item: '11',
    removal: 'the webview tag allowed',
    file: 'main/security/webPreferences.ts',
    find: '    webviewTag: false,',
    replace: '    webviewTag: true,',
    tests: ['test/main/security/webPreferences.test.ts'],
  },
  {
    item: '12',
    removal: 'will-attach-webview no longer prevented',
    file: 'main/security/hardenWebContents.ts',
    find: "contents.on('will-attach-webview', (event) => event.preventDefault());",
    replace: '',
    tests: ['test/main/index.test.ts'],
  },
  {
    item: '13',
    removal: 'will-navigate no longer prevented',
    file: 'main/security/hardenWebContents.ts',
    find: '    event.preventDefault();\n    if (decision.openExternally)',
    replace: '    if (decision.openExternally)',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '13',
    removal: 'will-redirect no longer prevented',
    file: 'main/security/hardenWebContents.ts',
    find: "contents.on('will-redirect', (event) => event.preventDefault());",
    replace: '',
    tests: [SHELL_SECURITY],
    build: true,
  },
  {
    item: '14',
    removal: 'new windows allowed',
    file: 'main/security/hardenWebContents.ts',
    find: 'return { action: decision.action };',
    replace: "return { action: 'allow' as const };",
    tests: [SHELL_SECURITY],
    build: true,
  },
  {
    item: '15',
    removal: 'any URL accepted for the system browser',
    file: 'shared/security/externalUrl.ts',
    find: "if (url.protocol !== 'https:' || url.hostname === '') return null;",
    replace: '',
    tests: ['test/shared/security/externalUrl.test.ts'],
  },
  {
    item: '15',
    removal: 'links open without a user gesture and without a limit',
    file: 'main/index.ts',
    find: 'if (!safe || !externalOpenGate.mayOpen(Date.now())) return false;',
    replace: 'if (!safe) return false;',
    tests: [SHELL_SECURITY, 'test/main/index.test.ts'],
    build: true,
  },
  {
    item: '17',
    removal: 'the sender check trusts every frame',
    file: 'main/security/ipcSender.ts',
    find: '  if (!frame || !frame.isMainFrame) return false;\n  return isTrustedUrl(frame.url, origins);',
    replace: '  return true;',
    tests: [SHELL_SECURITY, 'test/main/security/ipcSender.test.ts'],
    build: true,
  },
  {
    item: '17',
    removal: 'main hard-codes a trusted sender instead of reading the real frame',
    file: 'main/ipc/registerInvokeHandlers.ts',
    find: 'const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;',
    replace: "const sender = frame ? { url: 'app://viva/index.html', isMainFrame: true } : null;",
    tests: [SHELL_SECURITY],
    build: true,
  },
  {
    item: '17',
    removal: 'payloads no longer validated',
    file: 'main/ipc/handleInvoke.ts',
    find: '  const parsed = invokeRequestSchemas[channel].safeParse(rawRequest);',
    replace: '  const parsed = { success: true as const, data: rawRequest, error: undefined as never };',
    tests: ['test/main/ipc/handleInvoke.test.ts'],
  },
  {
    item: '18',
    removal: 'app:// may serve files outside the renderer folder',
    file: 'main/protocol/resolveAppPath.ts',
    find: "  if (pathname.includes('\\0') || pathname.includes('\\\\') || pathname.split('/').includes('..')) return null;\n",
    replace: '',
    also: [['return target.startsWith(root + sep) ? target : null;', 'return target;']],
    tests: ['test/main/protocol/resolveAppPath.test.ts'],
  },
  {
    item: '19',
    removal: 'the RunAsNode fuse left on',
    file: 'electron-builder.yml',
    find: 'runAsNode: false',
    replace: 'runAsNode: true',
    tests: ['test/build/packaging.test.ts'],
  },
  {
    item: '20',
    removal: 'the preload forwards any invoke channel',
    file: 'main/preload.ts',
    find: '    if (!isInvokeChannel(channel)) {',
    replace: '    if (false && !isInvokeChannel(channel)) {',
    tests: ['test/main/preload.test.ts'],
  },
  {
    item: '20',
    removal: 'the preload exposes ipcRenderer itself',
    file: 'main/preload.ts',
    find: "contextBridge.exposeInMainWorld('viva', api);",
    replace: "contextBridge.exposeInMainWorld('viva', { ...api, ipcRenderer });",
    tests: [SHELL_SECURITY, 'test/main/preload.test.ts'],
    build: true,
  },
  {
    item: 'Data',
    removal: 'atomic writes become a plain fs.writeFile',
    file: 'main/files/writeFileAtomic.ts',
    find: 'export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {\n',
    replace:
      "export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {\n  if (target) return (await import('node:fs/promises')).writeFile(target, content);\n",
    tests: ['test/main/files/writeFileAtomicFaults.test.ts'],
  },
  {
    item: 'Data',
    removal: 'atomic writes no longer flush the folder after the rename',
    file: 'main/files/writeFileAtomic.ts',
    find: '  await syncFolder(dirname(target));\n}',
    replace: '}',
    tests: ['test/main/files/writeFileAtomicFaults.test.ts'],
  },
  {
    item: 'Data',
    removal: 'a backup is read whole and leniently (no size bound, no strict UTF-8)',
    file: 'main/backups/backupStore.ts',
    find: '      const decoded = decodeBackupBytes(read.bytes);',
    replace:
      "      const decoded = { ok: true as const, text: Buffer.from(read.bytes).toString('utf8'), problem: { where: '', message: '' } };",
    tests: ['test/main/backups/backupStore.test.ts'],
  },
  {
    item: 'Data',
    removal: 'main parses the whole rolling backup on its own thread',
    file: 'main/backups/backupStore.ts',
    find: '      checkLibraryBackupHeader(content);',
    replace: '      checkLibraryBackupHeader(content);\n      JSON.parse(content);',
    tests: ['test/main/backups/backupStore.test.ts'],
  },
  {
    item: 'Data',
    removal: 'a crashed window is not reloaded',
    file: 'main/index.ts',
    find: "    if (decision.action === 'reload') return window.webContents.reload();",
    replace: "    if (decision.action === 'reload') return;",
    tests: ['test/shell/lifecycle.test.ts'],
    build: true,
  },
];

const source = resolve('.');
const only = new Set(process.argv.slice(2));
const chosen = REMOVALS.filter((removal) => only.size === 0 || only.has(removal.item));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** The working tree (tracked and new files, not ignored ones) in a scratch folder. */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'viva-protections-'));
  const listed = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], source);
  for (const file of listed.output.split('\0').filter(Boolean)) {
    if (!existsSync(join(source, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(source, file), join(dir, file));
  }
  symlinkSync(join(source, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Build main and preload in the scratch copy. The renderer is not what is removed, so the built
 * renderer of the working tree is used when the scratch build of it cannot be made.
 */
function build(dir) {
  rmSync(join(dir, 'out', 'main'), { recursive: true, force: true });
  rmSync(join(dir, 'out', 'preload'), { recursive: true, force: true });
  const result = run(npx, ['electron-vite', 'build'], dir);
  if (!existsSync(join(dir, 'out', 'main', 'index.js')) || !existsSync(join(dir, 'out', 'preload', 'preload.cjs'))) {
    throw new Error(`The build of main and preload failed:\n${result.output.slice(-2000)}`);
  }
  if (!existsSync(join(dir, 'out', 'renderer', 'index.html'))) {
    if (!existsSync(join(source, 'out', 'renderer', 'index.html'))) {
      throw new Error('There is no built renderer: run `npx electron-vite build` in the working tree first.');
    }
    cpSync(join(source, 'out', 'renderer'), join(dir, 'out', 'renderer'), { recursive: true });
  }
}

function runTests(dir, tests) {
  // A busy machine runs these beside other work: time limits are generous, assertions are not.
  return run(npx, ['vitest', 'run', '--reporter=dot', '--testTimeout=30000', ...tests], dir);
}

const dir = scratchCopy();
console.log(`Scratch copy: ${dir}`);
const results = [];
try {
  build(dir);
  const allTests = [...new Set(chosen.flatMap((removal) => removal.tests))];
  const baseline = runTests(dir, allTests);
  if (!baseline.ok) {
    console.log(baseline.output.slice(-4000));
    throw new Error('The tests fail before anything is removed; fix them first.');
  }
  console.log(`Baseline: ${allTests.length} test files pass with every protection in place.\n`);
  let isBuiltClean = true;
  for (const removal of chosen) {
    const path = join(dir, removal.file);
    const original = readFileSync(path, 'utf8');
    const edits = [[removal.find, removal.replace], ...(removal.also ?? [])];
    if (edits.some(([find]) => !original.includes(find))) {
      results.push({ ...removal, outcome: 'NOT APPLIED (the code changed: update this script)' });
      console.log(`✗ item ${removal.item}: ${removal.removal}: the text to remove is not in ${removal.file}`);
      continue;
    }
    writeFileSync(
      path,
      edits.reduce((text, [find, replace]) => text.replace(find, replace), original),
    );
    try {
      if (removal.build) build(dir);
      else if (!isBuiltClean) build(dir);
      isBuiltClean = !removal.build;
      const { ok, output } = runTests(dir, removal.tests);
      // eslint-disable-next-line no-control-regex -- the colour codes of Vitest's output
      const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
      const failedTests = [...plain.matchAll(/FAIL\s+(?:\S+\s+)?(test\/\S+ > .+)/g)].map((match) => match[1].trim());
      const outcome = ok ? 'NOT CAUGHT' : 'caught';
      results.push({ ...removal, outcome, failedTests });
      console.log(`${ok ? '✗' : '✓'} item ${removal.item}: ${removal.removal}: ${outcome}`);
      for (const failed of [...new Set(failedTests)].slice(0, 4)) console.log(`    fails: ${failed}`);
    } catch (error) {
      results.push({ ...removal, outcome: `caught (${error instanceof Error ? error.message.split('\n')[0] : error})` });
      console.log(`✓ item ${removal.item}: ${removal.removal}: caught by the build`);
    } finally {
      writeFileSync(path, original);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const missed = results.filter((result) => !result.outcome.startsWith('caught'));
console.log(`\n${results.length - missed.length} of ${results.length} removals caught by a failing test.`);
if (missed.length > 0) {
  for (const result of missed) console.log(`  ${result.outcome}: item ${result.item}, ${result.removal}`);
  process.exit(1);
}
