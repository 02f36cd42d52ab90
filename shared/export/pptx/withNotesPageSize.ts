/*
 * pptxgenjs sizes the notes page as the slide turned on its side (7.5 × 13.3 in for a wide deck),
 * while its notes master is laid out for PowerPoint's usual 7.5 × 10 in page. Printing notes pages
 * then wastes a third of each sheet; this gives presentation.xml the usual size back. The file is
 * pptxgenjs's own, never user text.
 */
const NOTES_SIZE = /<p:notesSz\b[^>]*\/>/;
/** 7.5 × 10 inches, in EMU. */
const PORTRAIT = '<p:notesSz cx="6858000" cy="9144000"/>';

/** presentation.xml with PowerPoint's usual 7.5 × 10 in notes page. */
export function withNotesPageSize(presentation: string): string {
  return presentation.replace(NOTES_SIZE, PORTRAIT);
}
