/*
 * Files that are not decks Viva can read, each with the sentence the user must see: not a deck,
 * password-protected, damaged, a zip bomb (from the directory's sizes, and one whose directory
 * lies), over the size limit, and text decks with nothing in them.
 */
import JSZip from 'jszip';
import { handBuiltPptx, para, placeholder } from './handBuiltPptx';

export interface BadDeck {
  name: string;
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  /** The sentence (or its start) the reader refuses it with. */
  message: RegExp;
}

const text = (value: string) => new TextEncoder().encode(value);

async function validPptx(): Promise<Uint8Array> {
  return handBuiltPptx([{ shapes: placeholder('title', para('Fine')) + placeholder('body', para('text')), notes: para('n') }]);
}

/** A zip whose slide part expands from a few kilobytes to 20 MB of spaces. */
async function bomb(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await validPptx());
  zip.file('ppt/slides/slide1.xml', `<?xml version="1.0"?><p:sld xmlns:p="x">${' '.repeat(20 * 1024 * 1024)}</p:sld>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A zip whose directory says its slide part is 100 bytes, while it inflates to 2 MB. */
async function lyingDirectory(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await validPptx());
  const big = `<?xml version="1.0"?><p:sld xmlns:p="x">${'<!-- padding -->'.repeat(4000)}</p:sld>`;
  zip.file('ppt/slides/slide1.xml', big);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Rewrite the declared size of slide1.xml in the central directory (and its local header).
  const name = new TextEncoder().encode('ppt/slides/slide1.xml');
  for (let at = 0; at + 46 < bytes.byteLength; at += 1) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x02014b50 ? at + 46 : signature === 0x04034b50 ? at + 30 : -1;
    if (nameAt < 0) continue;
    const sizeAt = signature === 0x02014b50 ? at + 24 : at + 22;
    if (name.every((byte, i) => bytes[nameAt + i] === byte)) view.setUint32(sizeAt, 100, true);
  }
  return bytes;
}

export const BAD_DECKS: readonly BadDeck[] = [
  {
    name: 'a text file',
    fileName: 'notes.txt',
    bytes: async () => text('just notes'),
    message: /^“notes\.txt” is not a deck Viva reads/,
  },
  { name: 'an empty file', fileName: 'empty.pptx', bytes: async () => new Uint8Array(0), message: /^This file is empty\.$/ },
  {
    name: 'a PDF named .pptx',
    fileName: 'talk.pptx',
    bytes: async () => text('%PDF-1.7\n…'),
    message: /^This file is not a PowerPoint presentation: a \.pptx is a zip package/,
  },
  {
    name: 'a password-protected presentation (a Compound File)',
    fileName: 'locked.pptx',
    bytes: async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    message: /^This presentation is password-protected \(or an old \.ppt file\)/,
  },
  {
    name: 'a zip cut short',
    fileName: 'cut.pptx',
    bytes: async () => (await validPptx()).slice(0, 300),
    message: /^This PowerPoint file is damaged: its zip directory cannot be read/,
  },
  {
    name: 'a Word document',
    fileName: 'report.pptx',
    bytes: async () => {
      const zip = new JSZip();
      zip.file('word/document.xml', '<w:document/>');
      return zip.generateAsync({ type: 'uint8array' });
    },
    message: /^This zip file is not a PowerPoint presentation: it has no ppt\/presentation\.xml/,
  },
  {
    name: 'a slide part that is not XML',
    fileName: 'broken.pptx',
    bytes: async () => {
      const zip = await JSZip.loadAsync(await validPptx());
      zip.file('ppt/slides/slide1.xml', '<p:sld><p:cSld>');
      return zip.generateAsync({ type: 'uint8array' });
    },
    message: /^This PowerPoint file is damaged: its part “ppt\/slides\/slide1\.xml” is not well-formed XML\.$/,
  },
  {
    name: 'a slide listed but missing',
    fileName: 'missing.pptx',
    bytes: async () => {
      const zip = await JSZip.loadAsync(await validPptx());
      zip.remove('ppt/slides/slide1.xml');
      return zip.generateAsync({ type: 'uint8array' });
    },
    message: /^This PowerPoint file is damaged: slide 1 is listed but its part is missing\.$/,
  },
  {
    name: 'a zip bomb',
    fileName: 'bomb.pptx',
    bytes: bomb,
    message: /^This file looks like a zip bomb: its part “ppt\/slides\/slide1\.xml” would expand from/,
  },
  {
    name: 'a zip whose directory lies about a size',
    fileName: 'liar.pptx',
    bytes: lyingDirectory,
    message: /^This file looks like a zip bomb: its part “ppt\/slides\/slide1\.xml” expands past the size it declares/,
  },
  {
    name: 'a file over the size limit',
    fileName: 'huge.pptx',
    bytes: async () => new Uint8Array(65 * 1024 * 1024),
    message: /^This file is 65 MB, more than the 64 MB a deck may be; Viva did not open it\.$/,
  },
  {
    name: 'markdown that is not UTF-8',
    fileName: 'talk.md',
    bytes: async () => new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]),
    message: /^This file is not UTF-8 text/,
  },
  {
    name: 'markdown with no slide text',
    fileName: 'talk.md',
    bytes: async () => text('---\nmarp: true\n---\n\n<!-- only a comment -->\n'),
    message: /^This file has no slide with a heading or any text/,
  },
  {
    name: 'LaTeX with no frames',
    fileName: 'paper.tex',
    bytes: async () => text('\\documentclass{article}\\begin{document}Hello\\end{document}'),
    message: /^This file has no Beamer frames/,
  },
  {
    name: 'a deck whose every slide is hidden',
    fileName: 'hidden.pptx',
    bytes: async () =>
      handBuiltPptx([{ shapes: placeholder('title', para('Gone')) + placeholder('body', para('a')), attributes: 'show="0"' }]),
    message: /^Every slide of this deck is hidden \(1 slide\), so there is nothing to rehearse\.$/,
  },
];
