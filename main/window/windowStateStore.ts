import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { windowStateSchema, type WindowState } from './windowBounds';

const FILE_NAME = 'window-state.json';

/** The saved window state from the user-data folder, or null when missing or unreadable. */
export function loadWindowState(userDataDir: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(join(userDataDir, FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Save the window state atomically, so a crash mid-write never leaves a broken file. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(userDataDir, FILE_NAME), JSON.stringify(state));
}
