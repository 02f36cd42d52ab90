import { describe, expect, it } from 'vitest';
import { backupFileName, buildStoryExport } from '../../../shared/export/storyExport';
import { newStory } from '../../../shared/model/story';

describe('buildStoryExport', () => {
  const story = newStory('Sparse Attention, Revisited', 0);

  it('names each file after the story and says what it is', () => {
    expect(buildStoryExport(story, { format: 'markdown' })).toMatchObject({
      kind: 'markdown',
      fileName: 'sparse-attention-revisited.md',
    });
    expect(buildStoryExport(story, { format: 'notes' }).fileName).toBe('sparse-attention-revisited-speaker-notes.md');
    expect(buildStoryExport(story, { format: 'slides', flavour: 'slidev', includeNotes: false })).toMatchObject({
      kind: 'slides',
      fileName: 'sparse-attention-revisited-slidev-slides-no-notes.md',
    });
  });

  it('starts a Marp deck with its front matter', () => {
    expect(buildStoryExport(story, { format: 'slides', flavour: 'marp', includeNotes: true }).content).toMatch(
      /^---\nmarp: true\ntitle: "Sparse Attention, Revisited"\n/,
    );
  });

  it('names backups by story or library and date', () => {
    expect(backupFileName(story, Date.UTC(2026, 10, 23))).toBe('sparse-attention-revisited-viva-backup-2026-11-23.json');
    expect(backupFileName(null, Date.UTC(2026, 10, 23))).toBe('viva-library-2026-11-23.json');
  });
});
