/*
 * A .pptx opened as a zip, with every check made before any part is inflated: it is a zip (a
 * password-protected Office file is a Compound File instead, and said to be one), its directory
 * is readable, and no part declares more than it may expand to. Parts are then inflated one by
 * one through JSZip's stream, counting bytes and stopping at the declared size.
 */
import JSZip from 'jszip';
import { DeckImportError } from '../deckSlides';
import { MAX_DECK_BYTES, MAX_EXPANDED_BYTES, MAX_PART_BYTES, MAX_RATIO, MAX_ZIP_ENTRIES } from './deckLimits';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** The Compound File Binary signature: legacy .ppt, and every password-protected Office file. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** JSZip's internal stream of a file's bytes (public in JSZip, missing from its types). */
interface ByteStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ByteStream;
  on(event: 'error', listener: (error: Error) => void): ByteStream;
  on(event: 'end', listener: () => void): ByteStream;
  pause(): ByteStream;
  resume(): ByteStream;
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export interface DeckZip {
  /** The names of the zip's files. */
  names: ReadonlySet<string>;
  /** A part's text (strict UTF-8), or null when the package has no such part. */
  text(name: string): Promise<string | null>;
}

/** Whether the bytes start as an encrypted or legacy Office file (Compound File). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB_MAGIC);
}

function checkEntries(entries: readonly ZipEntry[]): void {
  if (entries.length > MAX_ZIP_ENTRIES)
    throw new DeckImportError(
      `This file holds ${entries.length.toLocaleString('en')} files inside, more than a deck has (${MAX_ZIP_ENTRIES.toLocaleString('en')} at most), so Viva did not open it.`,
    );
  for (const entry of entries) {
    if (!entry.name.endsWith('.xml') && !entry.name.endsWith('.rels')) continue;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > MAX_PART_BYTES || ratio > MAX_RATIO)
      throw new DeckImportError(
        `This file looks like a zip bomb: its part “${entry.name.slice(0, 80)}” would expand from ${entry.compressedSize.toLocaleString('en')} bytes to ${entry.uncompressedSize.toLocaleString('en')}, so Viva did not open it.`,
      );
  }
}

/** Inflates one part, stopping as soon as it grows past what its directory entry declared. */
function inflateBounded(file: JSZip.JSZipObject, declared: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ByteStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        total += chunk.byteLength;
        if (total > declared || total > MAX_PART_BYTES) {
          stream.pause();
          reject(
            new DeckImportError(
              `This file looks like a zip bomb: its part “${file.name.slice(0, 80)}” expands past the size it declares, so Viva stopped reading it.`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error: Error) => reject(error))
      .on('end', () => {
        const out = new Uint8Array(total);
        let at = 0;
        for (const chunk of chunks) {
          out.set(chunk, at);
          at += chunk.byteLength;
        }
        resolve(out);
      })
      .resume();
  });
}

/** The deck's zip, checked; a DeckImportError says why a file is refused. */
export async function openDeckZip(bytes: Uint8Array): Promise<DeckZip> {
  if (bytes.byteLength > MAX_DECK_BYTES)
    throw new DeckImportError(
      `This file is ${mb(bytes.byteLength)}, more than the ${mb(MAX_DECK_BYTES)} a deck may be; Viva did not open it.`,
    );
  if (isCompoundFile(bytes))
    throw new DeckImportError(
      'This presentation is password-protected (or an old .ppt file), so Viva cannot read it. Save it without a password as a .pptx in PowerPoint, Keynote or Impress and import that copy.',
    );
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC))
    throw new DeckImportError('This file is not a PowerPoint presentation: a .pptx is a zip package, and this file is not one.');
  const entries = readZipDirectory(bytes);
  if (entries === null)
    throw new DeckImportError(
      'This PowerPoint file is damaged: its zip directory cannot be read (the file may be cut short). Save it again and import the new copy.',
    );
  checkEntries(entries);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new DeckImportError(
      'This PowerPoint file is damaged: its zip package cannot be read. Save it again and import the new copy.',
    );
  }
  const declared = new Map(entries.map((entry) => [entry.name, entry.uncompressedSize]));
  let expanded = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    names: new Set(Object.keys(zip.files)),
    async text(name) {
      const file = zip.file(name);
      if (file === null) return null;
      const size = declared.get(name) ?? 0;
      expanded += size;
      if (expanded > MAX_EXPANDED_BYTES)
        throw new DeckImportError(
          `This file looks like a zip bomb: its text parts expand to more than ${mb(MAX_EXPANDED_BYTES)}, so Viva stopped reading it.`,
        );
      let content: Uint8Array;
      try {
        content = await inflateBounded(file, size);
      } catch (error) {
        if (error instanceof DeckImportError) throw error;
        throw new DeckImportError(
          `This PowerPoint file is damaged: its part “${name.slice(0, 80)}” cannot be unpacked. Save it again and import the new copy.`,
        );
      }
      try {
        return decoder.decode(content);
      } catch {
        throw new DeckImportError(`This PowerPoint file is damaged: its part “${name.slice(0, 80)}” is not UTF-8 text.`);
      }
    },
  };
}
