/*
 * Which reader a file goes to, and the read itself: by the file's extension (.pptx, .tex, .md),
 * and for markdown by what the deck says of itself — Marp's "marp: true", reveal.js's "Note:"
 * lines or slide settings, Slidev otherwise. The readers are the deck formats' own, in the export
 * format registry (shared/export/formats), and load only when a deck is read.
 */
import { MAX_DECK_BYTES } from './pptx/deckLimits';
import { isCompoundFile } from './pptx/openDeckZip';
import { DeckImportError, type DeckFormatId, type DeckProgress, type DeckRead } from './deckSlides';
import { splitSlides } from './markdown/splitSlides';
import { deckText } from './deckText';
import { deckReaderOf } from '../export/formats/exportFormats';

/** The extensions of the deck files Viva opens. */
export const DECK_EXTENSIONS = ['pptx', 'md', 'markdown', 'tex'] as const;

const extensionOf = (fileName: string) => fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();

/** A markdown deck's tool: Marp when it says so, Slidev when it has other head matter, reveal.js by its notes or slide settings, else Slidev. */
export function markdownFlavour(text: string): 'marp' | 'slidev' | 'reveal' {
  const { head } = splitSlides(text, false);
  if (head.get('marp') === 'true') return 'marp';
  // reveal.js reads no head matter: a deck with one is Slidev's.
  if (head.size > 0) return 'slidev';
  const lines = text.split(/\r\n?|\n/);
  if (lines.some((line) => /^notes?:/i.test(line) || line.trimStart().startsWith('<!-- .slide:'))) return 'reveal';
  return 'slidev';
}

/** The deck format of a file, from its name and its first bytes; a DeckImportError when it is none. */
export function deckFormatOf(fileName: string, bytes: Uint8Array): DeckFormatId | 'markdown' {
  const extension = extensionOf(fileName);
  if (extension === 'pptx' || isCompoundFile(bytes) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    if (extension === 'ppt' || extension === 'key' || extension === 'odp')
      throw new DeckImportError(
        `Viva reads PowerPoint .pptx files, not .${extension}: save the deck as .pptx (File › Save As in PowerPoint, Keynote or Impress) and import that.`,
      );
    return 'pptx';
  }
  if (extension === 'tex') return 'beamer';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  throw new DeckImportError(
    `“${fileName.slice(0, 120)}” is not a deck Viva reads: choose a PowerPoint file (.pptx), a Marp, Slidev or reveal.js deck (.md) or a Beamer file (.tex).`,
  );
}

/** The deck in the file, read by the reader of its format. */
export async function readDeck(fileName: string, bytes: Uint8Array, progress?: DeckProgress): Promise<DeckRead> {
  if (bytes.byteLength > MAX_DECK_BYTES)
    throw new DeckImportError(
      `This file is ${Math.round(bytes.byteLength / 1048576)} MB, more than the ${MAX_DECK_BYTES / 1048576} MB a deck may be; Viva did not open it.`,
    );
  if (bytes.byteLength === 0) throw new DeckImportError('This file is empty.');
  const found = deckFormatOf(fileName, bytes);
  const format = found === 'markdown' ? markdownFlavour(deckText(bytes)) : found;
  const read = deckReaderOf(format);
  if (read === undefined) throw new DeckImportError(`Viva has no reader for ${format} decks.`);
  return read(bytes, progress);
}
