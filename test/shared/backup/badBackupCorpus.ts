/*
 * A corpus of broken and hostile backup files, each with the place and words the user must see.
 * Used by the parser's tests and by the import tests (which also check the database is untouched).
 */
import { createBackupFile, serializeBackup } from '../../../shared/backup/createBackupFile';
import type { BackupFile } from '../../../shared/backup/backupFile';
import { newBet } from '../../../shared/model/bets';
import { newStory } from '../../../shared/model/story';

/** A small valid library backup: one story with one bet, nothing else. */
export function validBackup(): BackupFile {
  const story = {
    ...newStory('Sparse attention', Date.UTC(2026, 0, 2)),
    bets: [{ ...newBet(), id: 'bet-1', statement: 'It scales.' }],
  };
  return createBackupFile(
    {
      stories: [{ ...story, id: 'story-1' }],
      sessions: [],
      formats: [],
      questions: [],
      practice: [],
      preferences: null,
      recordings: [],
      analyses: [],
      critiques: [],
    },
    { scope: 'library', appVersion: '0.1.0', exportedAt: Date.UTC(2026, 0, 3) },
  );
}

type Json = Record<string, unknown>;

/** The valid backup as plain JSON, changed by `edit`, as bytes. */
function edited(edit: (file: Json & { stories: Json[] }) => void): Uint8Array {
  const file = JSON.parse(serializeBackup(validBackup())) as Json & { stories: Json[] };
  edit(file);
  return new TextEncoder().encode(JSON.stringify(file));
}

const text = (s: string) => new TextEncoder().encode(s);
const firstStory = (file: { stories: Json[] }) => file.stories[0]!;
const coreTask = (file: { stories: Json[] }) => (firstStory(file)['fieldMap'] as Json)['coreTask'] as Json;

export interface BadBackup {
  name: string;
  bytes: Uint8Array;
  /** The location reported for the first problem. */
  where: string;
  /** Words the first problem's message must contain. */
  message: string;
}

export const BAD_BACKUPS: BadBackup[] = [
  { name: 'empty file', bytes: new Uint8Array(0), where: '', message: 'The file is empty' },
  { name: 'truncated', bytes: text(serializeBackup(validBackup()).slice(0, 300)), where: 'line', message: 'cut short' },
  { name: 'not JSON', bytes: text('Dear panel, here is my story.'), where: 'line 1', message: 'not valid JSON' },
  {
    name: 'a stray word',
    bytes: text('{\n  "format": "viva-backup",\n  "stories": oops\n}'),
    where: 'line 3, column 14',
    message: 'not valid JSON',
  },
  { name: 'a trailing comma', bytes: text('{"format": "viva-backup",}'), where: 'line 1, column 26', message: 'not valid JSON' },
  { name: 'a JSON list', bytes: text('[1, 2, 3]'), where: '', message: 'not a Viva backup' },
  {
    name: 'invalid UTF-8',
    bytes: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    where: 'byte 4',
    message: 'not valid UTF-8',
  },
  { name: 'lone continuation byte', bytes: new Uint8Array([0x80, 0x7b, 0x7d]), where: 'byte 1', message: 'not valid UTF-8' },
  { name: 'wrong format', bytes: edited((f) => (f['format'] = 'notes')), where: 'format', message: 'not a Viva backup' },
  {
    name: 'no version',
    bytes: edited((f) => delete f['schemaVersion']),
    where: 'schemaVersion',
    message: 'does not say which version',
  },
  {
    name: 'version as text',
    bytes: edited((f) => (f['schemaVersion'] = '1')),
    where: 'schemaVersion',
    message: 'does not say which version',
  },
  {
    name: 'newer version',
    bytes: edited((f) => (f['schemaVersion'] = 99)),
    where: 'schemaVersion',
    message: 'written by a newer Viva (Viva 0.1.0)',
  },
  {
    name: 'unknown older version',
    bytes: edited((f) => (f['schemaVersion'] = 0)),
    where: 'schemaVersion',
    message: 'not one Viva ever wrote',
  },
  {
    name: 'stories not a list',
    bytes: edited((f) => ((f as Json)['stories'] = 'all of them')),
    where: 'stories',
    message: 'should be a list, not text',
  },
  {
    name: 'missing title',
    bytes: edited((f) => delete firstStory(f)['title']),
    where: 'stories[1].title',
    message: 'is missing',
  },
  {
    name: 'blank title',
    bytes: edited((f) => (firstStory(f)['title'] = '   ')),
    where: 'stories[1].title',
    message: 'a story needs a title',
  },
  {
    name: 'confidence as words',
    bytes: edited((f) => ((firstStory(f)['bets'] as Json[])[0]!['confidence'] = 'high')),
    where: 'stories[1].bets[1].confidence',
    message: 'should be a number, not text',
  },
  {
    name: 'confidence out of range',
    bytes: edited((f) => ((firstStory(f)['bets'] as Json[])[0]!['confidence'] = 150)),
    where: 'stories[1].bets[1].confidence',
    message: 'is too large: at most 100',
  },
  {
    name: 'unknown bet status',
    bytes: edited((f) => ((firstStory(f)['bets'] as Json[])[0]!['status'] = 'maybe')),
    where: 'stories[1].bets[1].status',
    message: 'must be one of "open", "holding", "confirmed", "refuted"',
  },
  {
    name: 'unknown field',
    bytes: edited((f) => (firstStory(f)['secret'] = 1)),
    where: 'stories[1]',
    message: 'Viva does not know: “secret”',
  },
  {
    name: 'bad id',
    bytes: edited((f) => (firstStory(f)['id'] = '../../etc')),
    where: 'stories[1].id',
    message: 'an id may hold only letters',
  },
  {
    name: 'bad export time',
    bytes: edited((f) => (f['exportedAt'] = 'yesterday')),
    where: 'exportedAt',
    message: 'not a valid date and time',
  },
  {
    name: 'duplicate story ids',
    bytes: edited((f) => f.stories.push({ ...firstStory(f), title: 'Twin' })),
    where: 'stories[2].id',
    message: 'already used by stories[1]',
  },
  {
    name: 'duplicate bet ids',
    bytes: edited((f) => {
      const bets = firstStory(f)['bets'] as Json[];
      bets.push({ ...bets[0]! });
    }),
    where: 'stories[1].bets[2].id',
    message: 'already used by stories[1].bets[1]',
  },
  {
    name: 'script node in rich text',
    bytes: edited((f) => (coreTask(f)['content'] = [{ type: 'script', text: 'alert(1)' }])),
    where: 'stories[1].fieldMap.coreTask.content[1].type',
    message: 'must be one of',
  },
  {
    name: 'paragraph inside a paragraph',
    bytes: edited((f) => (coreTask(f)['content'] = [{ type: 'paragraph', content: [{ type: 'paragraph' }] }])),
    where: 'stories[1].fieldMap.coreTask',
    message: 'not laid out as the editor allows',
  },
  {
    name: 'empty text node',
    bytes: edited((f) => (coreTask(f)['content'] = [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }])),
    where: 'stories[1].fieldMap.coreTask',
    message: 'not laid out as the editor allows',
  },
  {
    name: 'event handler attribute on a link',
    bytes: edited(
      (f) =>
        (coreTask(f)['content'] = [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://a.io', onclick: 'steal()' } }] },
            ],
          },
        ]),
    ),
    where: 'stories[1].fieldMap.coreTask',
    message: 'attribute “onclick”',
  },
  {
    name: 'recording of no rehearsal',
    bytes: edited((f) => (f['recordings'] = [{ sessionId: 'nobody', mimeType: 'audio/webm', data: 'AAAA' }])),
    where: 'recordings[1].sessionId',
    message: 'belongs to no rehearsal',
  },
  {
    name: 'delivery analysis of no rehearsal',
    bytes: edited(
      (f) =>
        (f['analyses'] = [
          { sessionId: 'nobody', method: 1, analysedAt: 0, result: { ok: false, problem: 'silent', message: 'Silent.' } },
        ]),
    ),
    where: 'analyses[1].sessionId',
    message: 'belongs to no rehearsal',
  },
  {
    name: 'delivery analysis with a negative pause',
    bytes: edited(
      (f) =>
        (f['analyses'] = [
          {
            sessionId: 'nobody',
            method: 1,
            analysedAt: 0,
            result: { ok: true, durationMs: -1, whole: {}, segments: [], pace: [] },
          },
        ]),
    ),
    where: 'analyses',
    message: '',
  },
];
