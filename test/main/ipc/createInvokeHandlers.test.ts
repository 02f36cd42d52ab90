import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackupStore } from '../../../main/backups/backupStore';
import { createInvokeHandlers, type HandlerDeps } from '../../../main/ipc/createInvokeHandlers';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appInfo: { name: 'Viva', version: '0.1.0', platform: 'linux' },
    documentsDir: '/home/me/Documents',
    showSaveDialog: vi.fn(async () => null),
    showOpenDialog: vi.fn(async () => null),
    openInBrowser: vi.fn(async () => true),
    setBackgroundThrottling: vi.fn(),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7 cards')),
    backups: createBackupStore({ dir: mkdtempSync(join(tmpdir(), 'viva-backups-')), clock: () => Date.UTC(2026, 0, 1) }),
    settleBackupRequest: vi.fn(() => true),
    ...overrides,
  };
}

const context = { webContentsId: 7 };

describe('file:save', () => {
  it('writes the chosen file and reports only its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-save-'));
    const target = join(dir, 'story.md');
    const handlers = createInvokeHandlers(deps({ showSaveDialog: async () => target }));
    const result = await handlers['file:save']({ kind: 'markdown', suggestedName: 'story.md', content: '# Hello' }, context);
    expect(result).toEqual({ status: 'saved', fileName: 'story.md' });
    expect(readFileSync(target, 'utf8')).toBe('# Hello');
    expect(readdirSync(dir)).toEqual(['story.md']);
  });

  it('suggests the name in the documents folder with the filter of the kind', async () => {
    const showSaveDialog = vi.fn(async () => null);
    await createInvokeHandlers(deps({ showSaveDialog }))['file:save'](
      { kind: 'backup', suggestedName: 'viva.json', content: '{}' },
      context,
    );
    expect(showSaveDialog).toHaveBeenCalledWith(7, {
      defaultPath: join('/home/me/Documents', 'viva.json'),
      filters: [{ name: 'Viva backup', extensions: ['json'] }],
    });
  });

  it('writes bytes exactly as given (a .pptx is a zip, not text)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-save-'));
    const target = join(dir, 'talk.pptx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x80]);
    const showSaveDialog = vi.fn(async () => target);
    await createInvokeHandlers(deps({ showSaveDialog }))['file:save'](
      { kind: 'pptx', suggestedName: 'talk.pptx', content: bytes },
      context,
    );
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(showSaveDialog).toHaveBeenCalledWith(7, {
      defaultPath: join('/home/me/Documents', 'talk.pptx'),
      filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
    });
  });

  it('writes nothing when the user cancels', async () => {
    const result = await createInvokeHandlers(deps())['file:save'](
      { kind: 'markdown', suggestedName: 'a.md', content: 'x' },
      context,
    );
    expect(result).toEqual({ status: 'cancelled' });
  });
});

describe('file:savePdf', () => {
  it('prints the asking window to PDF and writes it where the user chose', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-pdf-'));
    const target = join(dir, 'cards.pdf');
    const printToPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 cards'));
    const showSaveDialog = vi.fn(async () => target);
    const result = await createInvokeHandlers(deps({ showSaveDialog, printToPdf }))['file:savePdf'](
      { suggestedName: 'talk-cue-cards.pdf' },
      context,
    );
    expect(result).toEqual({ status: 'saved', fileName: 'cards.pdf' });
    expect(printToPdf).toHaveBeenCalledWith(7);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 cards');
    expect(showSaveDialog).toHaveBeenCalledWith(7, {
      defaultPath: join('/home/me/Documents', 'talk-cue-cards.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('prints nothing when the user cancels', async () => {
    const printToPdf = vi.fn(async () => new Uint8Array());
    const result = await createInvokeHandlers(deps({ printToPdf }))['file:savePdf']({ suggestedName: 'a.pdf' }, context);
    expect(result).toEqual({ status: 'cancelled' });
    expect(printToPdf).not.toHaveBeenCalled();
  });
});

describe('file:open', () => {
  it('returns the bytes of the chosen file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-open-'));
    const source = join(dir, 'backup.json');
    writeFileSync(source, '{"format":"viva"}');
    const result = await createInvokeHandlers(deps({ showOpenDialog: async () => source }))['file:open'](
      { kind: 'backup' },
      context,
    );
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.fileName).toBe('backup.json');
    expect(new TextDecoder().decode(result.bytes)).toBe('{"format":"viva"}');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-big-'));
    const source = join(dir, 'huge.json');
    writeFileSync(source, Buffer.alloc(MAX_FILE_BYTES + 1));
    const result = await createInvokeHandlers(deps({ showOpenDialog: async () => source }))['file:open'](
      { kind: 'backup' },
      context,
    );
    expect(result).toEqual({ status: 'tooLarge', fileName: 'huge.json', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
  });

  it('says which file it could not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-gone-'));
    const handlers = createInvokeHandlers(deps({ showOpenDialog: async () => join(dir, 'gone.json') }));
    await expect(handlers['file:open']({ kind: 'backup' }, context)).rejects.toThrow(/^Viva could not read “gone.json”: ENOENT/);
  });
});

describe('shell:openExternal', () => {
  it('opens https links in the system browser', async () => {
    const openInBrowser = vi.fn(async () => true);
    const result = await createInvokeHandlers(deps({ openInBrowser }))['shell:openExternal'](
      { url: 'https://arxiv.org/' },
      context,
    );
    expect(result).toEqual({ opened: true });
    expect(openInBrowser).toHaveBeenCalledWith('https://arxiv.org/');
  });

  it('refuses anything else', async () => {
    const openInBrowser = vi.fn(async () => true);
    const handlers = createInvokeHandlers(deps({ openInBrowser }));
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com', 'smb://share/x']) {
      expect(await handlers['shell:openExternal']({ url }, context)).toEqual({ opened: false });
    }
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  it('tells the page when main did not open the link (no click just before it, or too many)', async () => {
    const handlers = createInvokeHandlers(deps({ openInBrowser: vi.fn(async () => false) }));
    expect(await handlers['shell:openExternal']({ url: 'https://arxiv.org/' }, context)).toEqual({ opened: false });
  });
});

describe('window:setBackgroundThrottling', () => {
  it('applies the setting to the window that asked', async () => {
    const setBackgroundThrottling = vi.fn();
    await createInvokeHandlers(deps({ setBackgroundThrottling }))['window:setBackgroundThrottling']({ allowed: false }, context);
    expect(setBackgroundThrottling).toHaveBeenCalledWith(7, false);
  });
});
