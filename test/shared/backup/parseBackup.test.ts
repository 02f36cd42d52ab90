import { SCHEMA_VERSION } from '../../../shared/migrations/schemaVersion';
import { describe, expect, it } from 'vitest';
import { parseBackupBytes, parseBackupText } from '../../../shared/backup/parseBackup';
import { serializeBackup } from '../../../shared/backup/createBackupFile';
import { BAD_BACKUPS, validBackup } from './badBackupCorpus';

describe('parseBackupBytes on broken and hostile files', () => {
  it('has a corpus of at least 20 bad files', () => expect(BAD_BACKUPS.length).toBeGreaterThanOrEqual(20));

  it.each(BAD_BACKUPS)('refuses $name, saying where and what', ({ bytes, where, message }) => {
    const result = parseBackupBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.problems;
    expect(first!.where.startsWith(where)).toBe(true);
    expect(first!.message).toContain(message);
  });

  it('refuses a file above the size limit before reading it', () => {
    const bytes = new TextEncoder().encode(serializeBackup(validBackup()));
    const result = parseBackupBytes(bytes, 1000);
    expect(result).toEqual({
      ok: false,
      problems: [{ where: '', message: expect.stringMatching(/^The file is \d+ kB, larger than the 1000 bytes/) }],
    });
  });

  it('names the fields missing from one record together', () => {
    const text = serializeBackup(validBackup()).replace(
      /"stories": \[[\s\S]*\],\n {2}"sessions"/,
      '"stories": [{ "id": "x", "title": "T" }],\n  "sessions"',
    );
    const result = parseBackupText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        where: 'stories[1]',
        message:
          'is missing 13 fields: event, createdAt, updatedAt, deletedAt, isSample, fieldMap, families, bets, contribution, checklist, limitations, outline, dismissed',
      },
    ]);
  });

  it('lists every problem in a file, up to a limit', () => {
    const file = validBackup();
    const many = Array.from({ length: 80 }, (_, i) => ({ ...file.stories[0]!, id: `s${i}`, title: '' }));
    const result = parseBackupText(serializeBackup({ ...file, stories: many }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(51);
    expect(result.problems[1]).toEqual({ where: 'stories[2].title', message: 'a story needs a title' });
    expect(result.problems[50]!.message).toBe('…and 30 more problems.');
  });
});

describe('parseBackupText on files it accepts', () => {
  it('reads a valid file back as it was written', () => {
    const file = validBackup();
    expect(parseBackupText(serializeBackup(file))).toEqual({ ok: true, file, notes: [], fromVersion: SCHEMA_VERSION });
  });

  it('accepts a leading byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${serializeBackup(validBackup())}`);
    expect(parseBackupBytes(bytes).ok).toBe(true);
  });

  it('removes javascript: and data: links but keeps their words, and says so', () => {
    const file = validBackup();
    const link = (href: string) => ({
      type: 'link' as const,
      attrs: { href, target: null, rel: null, class: null, title: null },
    });
    file.stories[0]!.fieldMap.coreTask = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [link('javascript:alert(1)'), { type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'safe', marks: [link('https://example.org')] }] },
      ],
    };
    const result = parseBackupText(serializeBackup(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.stories[0]!.fieldMap.coreTask.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'bold' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'safe', marks: [link('https://example.org')] }] },
    ]);
    expect(result.notes).toEqual([
      {
        where: 'stories[1].fieldMap.coreTask',
        message: 'removed a link to “javascript:alert(1)”: only web and mailto links are kept',
      },
    ]);
  });

  it('drops __proto__ keys without touching any prototype, and says where', () => {
    const text = serializeBackup(validBackup())
      .replace('"format": "viva-backup",', '"format": "viva-backup",\n  "__proto__": { "isAdmin": true },')
      .replace('"id": "story-1",', '"__proto__": { "title": "Not mine" }, "id": "story-1",');
    const result = parseBackupText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.hasOwn(result.file, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.file.stories[0])).toBe(Object.prototype);
    expect(result.file.stories[0]!.title).toBe('Sparse attention');
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]!.where).toBe('line 3, column 3');
    expect(result.notes[0]!.message).toContain('ignored a key named "__proto__"');
  });

  it('refuses a "constructor" key where Viva has no such field, naming it, instead of dropping it silently', () => {
    const text = serializeBackup(validBackup()).replace(
      '"format": "viva-backup",',
      '"format": "viva-backup",\n  "constructor": { "prototype": { "isAdmin": true } },',
    );
    const result = parseBackupText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toBe('holds field Viva does not know: “constructor”');
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});
