/*
 * What the app starts with: the entry script and the chunks index.html preloads. The exporters'
 * and the deck readers' libraries (JSZip, fast-xml-parser, markdown-it, prosemirror-markdown) and
 * the editor (Tiptap) must load only when first used, never with the library screen.
 */
import { readFileSync } from 'node:fs';
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
};

describe('the start-up bundle', () => {
  it('is the entry script and the chunks it preloads', () => {
    expect(startChunks().length).toBeGreaterThan(1);
  });

  it.each(Object.entries(LAZY_LIBRARIES))('holds none of %s', (_name, marker) => {
    const holders = startChunks().filter((file) => marker.test(read(file)));
    expect(holders).toEqual([]);
  });
});
