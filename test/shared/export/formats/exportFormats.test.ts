import { describe, expect, it } from 'vitest';
import { buildExportFile, exportFileName } from '../../../../shared/export/formats/buildExportFile';
import { EXPORT_FORMATS, FILE_TYPES, findExportFormat, isFileKind } from '../../../../shared/export/formats/exportFormats';
import { backupFileName } from '../../../../shared/export/exportFileName';
import { newStory } from '../../../../shared/model/story';

const story = newStory('Sparse Attention, Revisited', 0);
const format = (id: string) => {
  const found = findExportFormat(id);
  if (!found) throw new Error(`no format ${id}`);
  return found;
};

describe('the export format registry', () => {
  it('names every format once, with an extension, a MIME type and words for the dialog', () => {
    const ids = FILE_TYPES.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.extension).toMatch(/^[a-z]+$/);
      expect(f.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(f.label.trim()).not.toBe('');
      expect(f.description).toMatch(/\.$/);
    }
  });

  it('lists PowerPoint and Beamer beside the markdown slide tools', () => {
    expect(EXPORT_FORMATS.filter((f) => f.group === 'slides').map((f) => f.id)).toEqual([
      'pptx',
      'beamer',
      'marp',
      'slidev',
      'reveal',
    ]);
  });

  it('knows its own kinds and no others', () => {
    expect(isFileKind('pptx')).toBe(true);
    expect(isFileKind('backup')).toBe(true);
    expect(isFileKind('cueCards')).toBe(true);
    expect(isFileKind('exe')).toBe(false);
    expect(isFileKind('toString')).toBe(false);
    expect(isFileKind(undefined)).toBe(false);
  });
});

describe('export file names', () => {
  it('names each file after the story and says what it is', () => {
    expect(exportFileName(story, format('markdown'), { includeNotes: true })).toBe('sparse-attention-revisited.md');
    expect(exportFileName(story, format('notes'), { includeNotes: true })).toBe('sparse-attention-revisited-speaker-notes.md');
    expect(exportFileName(story, format('slidev'), { includeNotes: false })).toBe(
      'sparse-attention-revisited-slidev-slides-no-notes.md',
    );
    expect(exportFileName(story, format('pptx'), { includeNotes: true })).toBe('sparse-attention-revisited.pptx');
    expect(exportFileName(story, format('beamer'), { includeNotes: true })).toBe('sparse-attention-revisited-beamer.tex');
    // "no notes" only where notes could have been.
    expect(exportFileName(story, format('markdown'), { includeNotes: false })).toBe('sparse-attention-revisited.md');
  });

  it('names backups by story or library and date', () => {
    expect(backupFileName(story, Date.UTC(2026, 10, 23))).toBe('sparse-attention-revisited-viva-backup-2026-11-23.json');
    expect(backupFileName(null, Date.UTC(2026, 10, 23))).toBe('viva-library-2026-11-23.json');
  });

  it('builds a file of the format’s kind, through the format’s own writer', async () => {
    const file = await buildExportFile(story, format('marp'), { includeNotes: true });
    expect(file.kind).toBe('marp');
    expect(file.content).toMatch(/^---\nmarp: true\ntitle: "Sparse Attention, Revisited"\n/);
  });
});
