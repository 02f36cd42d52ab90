/*
 * What the app starts with: the entry script and the chunks index.html preloads. The exporters'
 * and the deck readers' libraries (JSZip, fast-xml-parser, markdown-it, prosemirror-markdown),
 * the editor (Tiptap), the backup reader's prosemirror-model, and the prose the library does not
 * show (the answer patterns, the challenge deck's questions) must load only when first used,
 * never with the library screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = 'out/renderer';
const entry = () => readFileSync(join(OUT, 'index.html'), 'utf8');
const startChunks = () => [...entry().matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const read = (file: string) => readFileSync(join(OUT, file), 'utf8');

// Markers that survive minification, one per library.
const LAZY_LIBRARIES: Record<string, RegExp> = {
  JSZip: /End of data reached|Corrupted zip/,
  'fast-xml-parser': /Unclosed tag|StopNode|ignoreAttributes/,
  'markdown-it': /linkify|markdown-it/,
  'prosemirror-markdown': /MarkdownSerializer|tightLists/,
  Tiptap: /ProseMirror-focused|isEditable|tiptap/,
  'prosemirror-model': /Called contentMatchAt on a node with invalid content/,
};

// One sentence of each, as written in shared/content/.
const LAZY_CONTENT: Record<string, string> = {
  'the answer patterns': 'Propose a blinded rerun with the order randomised and agreement reported.',
  'the challenge deck': 'Picture a training set ten times the size of yours.',
};

describe('the start-up bundle', () => {
  it('is the entry script and the chunks it preloads', () => {
    expect(startChunks().length).toBeGreaterThan(1);
  });

  it.each(Object.entries(LAZY_LIBRARIES))('holds none of %s', (_name, marker) => {
    const holders = startChunks().filter((file) => marker.test(read(file)));
    expect(holders).toEqual([]);
  });

  it.each(Object.entries(LAZY_CONTENT))('holds none of the text of %s', (_name, sentence) => {
    const holders = startChunks().filter((file) => read(file).includes(sentence));
    expect(holders).toEqual([]);
  });

  it('still finds that text in the build, so the checks above look for the right words', () => {
    const all = readdirSync(join(OUT, 'assets')).filter((file) => file.endsWith('.js'));
    for (const sentence of Object.values(LAZY_CONTENT)) {
      expect(all.some((file) => read(join('assets', file)).includes(sentence))).toBe(true);
    }
  });
});
