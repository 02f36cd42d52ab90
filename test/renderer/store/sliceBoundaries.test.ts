/*
 * Slices do not reach into one another: a slice calls only its own actions through get(); what
 * spans slices is a named workflow in renderer/store/workflows.ts. This reads the store's sources:
 * each slice's actions are the members of the interfaces its files export, and every
 * get().name( call in a slice's files must name one of its own or one of the few every slice may
 * speak through. What a slice's work sets off elsewhere reaches it as a hook (createSliceHooks in
 * workflows.ts), not through get().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const storeDir = join(__dirname, '../../../renderer/store');

/** Helper files that build part of a slice, and the slice they belong to. */
const partOf: Record<string, string> = {
  'critiqueLibraryActions.ts': 'critiqueSlice.ts',
  'restoreOfferActions.ts': 'backupSlice.ts',
  'storageActions.ts': 'backupSlice.ts',
};

/** The app's voice and its undo history: every slice tells the user, and records what it changed. */
const shared = new Set(['notify', 'recordRecordsChange', 'undoChange']);

function read(file: string): string {
  return readFileSync(join(storeDir, file), 'utf8');
}

/** The members of the interfaces a file exports: the slice's state and actions. */
function membersOf(source: string): string[] {
  const names: string[] = [];
  for (const block of source.matchAll(/export interface \w+[^{]*\{([\s\S]*?)\n\}/g)) {
    for (const member of (block[1] ?? '').matchAll(/^ {2}(\w+)\??[(:]/gm)) names.push(member[1] ?? '');
  }
  return names;
}

const sliceFiles = readdirSync(storeDir).filter((file) => file.endsWith('Slice.ts'));
const filesOf = (slice: string) => [slice, ...Object.keys(partOf).filter((file) => partOf[file] === slice)];

/** Which slice (or the workflows) declares each action. */
const owner = new Map<string, string>();
for (const slice of [...sliceFiles, 'workflows.ts']) {
  for (const file of filesOf(slice)) for (const name of membersOf(read(file))) owner.set(name, slice);
}

function crossSliceCalls(readSource = read): string[] {
  const found = new Set<string>();
  for (const slice of sliceFiles) {
    for (const file of filesOf(slice)) {
      for (const call of readSource(file).matchAll(/get\(\)\.(\w+)\(/g)) {
        const name = call[1] ?? '';
        const declaredBy = owner.get(name);
        if (declaredBy !== undefined && declaredBy !== slice && !shared.has(name)) found.add(`${slice} → ${name}`);
      }
    }
  }
  return [...found].sort();
}

describe('slice boundaries', () => {
  it('reads every slice and the workflows', () => {
    expect(sliceFiles.length).toBeGreaterThanOrEqual(13);
    expect(owner.get('restoreBackup')).toBe('workflows.ts');
    expect(owner.get('closeStory')).toBe('workspaceSlice.ts');
    expect(owner.get('loadLibrary')).toBe('librarySlice.ts');
    expect(owner.get('backUpNow')).toBe('backupSlice.ts');
    expect(owner.get('finishDeckImport')).toBe('deckImportSlice.ts');
  });

  it('no slice calls another slice’s action, beyond the shared ones', () => {
    expect(crossSliceCalls()).toEqual([]);
  });

  it('would find a slice calling another slice’s action or a workflow', () => {
    const planted = (file: string) =>
      file === 'workspaceSlice.ts' ? `${read(file)}\nvoid get().loadLibrary();\nvoid get().refreshLibrary();` : read(file);
    expect(crossSliceCalls(planted)).toEqual(['workspaceSlice.ts → loadLibrary', 'workspaceSlice.ts → refreshLibrary']);
  });
});
