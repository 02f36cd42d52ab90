/*
 * What `import ... from 'electron'` gives Viva's built main process under test: the modules of
 * the stand-in runtime current when main is loaded (startShell sets it; each start loads main
 * afresh, so two instances each keep their own runtime).
 */
import type { ShellRuntime } from './runtime';

const runtime = (globalThis as Record<string, unknown>)['__vivaStandInRuntime'] as ShellRuntime | undefined;
if (!runtime) throw new Error('The stand-in Electron was imported with no runtime; start main through startShell().');
const modules = runtime.modules as Record<string, never>;

export const app = modules['app'];
export const BrowserWindow = modules['BrowserWindow'];
export const Menu = modules['Menu'];
export const dialog = modules['dialog'];
export const ipcMain = modules['ipcMain'];
export const nativeTheme = modules['nativeTheme'];
export const protocol = modules['protocol'];
export const screen = modules['screen'];
export const session = modules['session'];
export const shell = modules['shell'];
export const webContents = modules['webContents'];
export default modules;
