/* Limits of reading a backup: nesting depth, sizes told in numbers that differ, bytes on both sides. */
import { describe, expect, it } from 'vitest';
import { formatSizeOverLimit, MAX_BACKUP_BYTES, MAX_JSON_DEPTH } from '../../../shared/backup/backupLimits';
import { serializeBackup } from '../../../shared/backup/createBackupFile';
import { parseBackupBytes, parseBackupText, readBackupBytes } from '../../../shared/backup/parseBackup';
import { parseJsonSafely } from '../../../shared/backup/parseJsonSafely';
import { MAX_RICH_TEXT_DEPTH, MAX_TEXT_NODE, plainText, richTextDepth, type RichTextNode } from '../../../shared/model/richText';
import { utf8ByteLength } from '../../../shared/text/utf8ByteLength';
import { storyMarkdown } from '../../../shared/export/storyMarkdown';
import { reviewStory } from '../../../shared/review/reviewStory';
import { validBackup } from './badBackupCorpus';

/** A document whose deepest node is `depth` levels down: lists in list items, a word at the bottom. */
function nestedDoc(depth: number) {
  // A paragraph and its text take the last two levels; each list and its item take two more.
  let node: RichTextNode = { type: 'paragraph', content: [{ type: 'text', text: 'bottom' }] };
  for (let level = depth - 2; level > 0; level -= 2) {
    const item: RichTextNode = {
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }, node],
    };
    node = { type: 'bulletList', content: [item] };
  }
  return { type: 'doc', content: [node] };
}

/** The reader a worker runs, with the stack this test has: there, 1,000 levels fit. */
const readBackupBytesAt = (bytes: Uint8Array) => readBackupBytes(bytes);

/** The valid backup with its first story's statement replaced by `doc`. */
function backupWithStatement(doc: unknown): string {
  const file = JSON.parse(serializeBackup(validBackup()));
  file.stories[0].fieldMap.coreTask = doc;
  return JSON.stringify(file);
}

// Deep documents take seconds on a busy machine.
describe('nesting depth', { timeout: 60_000 }, () => {
  it('imports formatted text nested 1,000 levels deep, and the review and export read it', () => {
    expect(richTextDepth(nestedDoc(1000))).toBe(1000);
    const result = parseBackupText(backupWithStatement(nestedDoc(1000)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const story = result.file.stories[0]!;
    expect(plainText(story.fieldMap.coreTask)).toContain('bottom');
    expect(storyMarkdown(story)).toContain('bottom');
    expect(() => reviewStory(story)).not.toThrow();
  });

  it('refuses formatted text nested deeper than the editor schema allows, saying so', () => {
    const result = parseBackupText(backupWithStatement(nestedDoc(MAX_RICH_TEXT_DEPTH + 2)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({
      where: 'stories[1].fieldMap.coreTask',
      message: 'the formatted text is nested more than 1,000 levels deep (lists inside lists), more than Viva keeps',
    });
  });

  it('refuses deep text it has no stack left to check, in words, instead of throwing (a worker retries in the window)', () => {
    const bytes = new TextEncoder().encode(backupWithStatement(nestedDoc(1000)));
    const refusals = new Set<string>();
    // Use up more and more of the stack before reading, until the check runs out of it.
    const readAt = (depth: number): unknown => (depth === 0 ? parseBackupBytes(bytes) : readAt(depth - 1));
    for (let used = 1_000; used <= 12_000; used += 1_000) {
      try {
        const result = readAt(used) as ReturnType<typeof parseBackupBytes>;
        if (!result.ok) refusals.add(result.problems[0]!.message);
      } catch (error) {
        // Our own recursion ran out before the reader started: the reader did not throw.
        expect(error).toBeInstanceOf(RangeError);
        break;
      }
    }
    expect([...refusals]).toEqual([
      'The formatted text in this file is nested too deeply (lists inside lists) for Viva to check it. Nothing was read.',
    ]);
    expect(() => readBackupBytesAt(bytes)).not.toThrow();
  });

  it('reads JSON nested 100,000 levels deep without overflowing, and refuses it for its depth, not as broken JSON', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = parseJsonSafely(`{"format": "viva-backup", "stories": ${deep}}`);
    expect(result).toEqual({
      ok: false,
      problem: {
        where: '',
        message: expect.stringContaining(`nested more than ${MAX_JSON_DEPTH.toLocaleString('en')} levels deep`),
      },
    });
  });
});

describe('text node length', () => {
  it('refuses a run of text longer than the cap, at its place', () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a'.repeat(MAX_TEXT_NODE + 1) }] }],
    };
    const result = parseBackupText(backupWithStatement(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({
      where: 'stories[1].fieldMap.coreTask.content[1].content[1].text',
      message: `is too long: at most ${MAX_TEXT_NODE} characters`,
    });
  });
});

describe('sizes', () => {
  it('tells a file one byte over the limit in exact bytes, not as "64 MB, larger than the 64 MB"', () => {
    const result = parseBackupBytes(new Uint8Array(MAX_BACKUP_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          where: '',
          message: 'The file is 67,108,865 bytes, larger than the 67,108,864 bytes a Viva backup may be. Nothing was read.',
        },
      ],
    });
  });

  it('keeps rounded sizes when they already differ', () => {
    expect(formatSizeOverLimit(80 * 1024 * 1024, MAX_BACKUP_BYTES)).toEqual({ size: '80 MB', limit: '64 MB' });
  });

  it('counts UTF-8 bytes as the file will hold them', () => {
    for (const text of ['plain', 'é', '—', '😀', 'a😀é—', '\ud800']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
    }
  });
});
