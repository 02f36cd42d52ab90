import JSZip from 'jszip';
import type { NotesParagraph } from './notesParagraphs';
import { notesSlideXml } from './notesSlideXml';
import { withNotesPageSize } from './withNotesPageSize';
import { withoutMissingOverrides } from './withoutMissingOverrides';

/**
 * The package pptxgenjs wrote, finished: each slide's notes page replaced by one with formatted
 * notes (`notes[i]` for slide i + 1), the content types and notes page size repaired, the zip compressed
 * (pptxgenjs stores entries uncompressed whenever an output type is asked for).
 */
export async function finishDeckPackage(
  written: Uint8Array,
  notes: ReadonlyArray<readonly NotesParagraph[]>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  notes.forEach((paragraphs, i) => {
    const path = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    // pptxgenjs writes notes page N for slide N; a missing page would mean that changed.
    if (zip.file(path) === null) throw new Error(`The PowerPoint writer left out ${path}.`);
    zip.file(path, notesSlideXml(paragraphs, i + 1));
  });
  await rewrite(zip, '[Content_Types].xml', (xml) => withoutMissingOverrides(xml, (path) => zip.file(path) !== null));
  await rewrite(zip, 'ppt/presentation.xml', withNotesPageSize);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function rewrite(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (file === null) throw new Error(`The PowerPoint writer left out ${path}.`);
  zip.file(path, change(await file.async('string')));
}
