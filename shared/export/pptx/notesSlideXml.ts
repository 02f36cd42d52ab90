/*
 * The notes page of one slide (ppt/notesSlides/notesSlideN.xml), written here rather than by
 * pptxgenjs, whose addNotes() takes plain text only: this keeps paragraphs, line breaks, bold,
 * italic and code. The page (7.5 × 10 in, see withNotesPageSize) has the slide picture on top and
 * the notes filling the rest, shrunk to fit where the reader can (the notes pane itself scrolls).
 */
import { CODE_FONT, DECK_FONT } from './defineDeckMasters';
import type { NotesInline, NotesParagraph } from './notesParagraphs';

const NAMESPACES =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const EMU_PER_INCH = 914400;
/** Notes in points, set on every run: LibreOffice ignores the notes master's text styles. */
const NOTES_SIZE = 12;
/** Indent of each list level, and room for "• " or "1. " so an item's later paragraphs line up with its text. */
export const LEVEL_INDENT = 0.25 * EMU_PER_INCH;
const MARKER_INDENT = 0.19 * EMU_PER_INCH;
/** PowerPoint's deepest list level (0-based): deeper items are written at it, indented as deep as they are. */
const MAX_LEVEL = 8;
const SLIDE_NUMBER_FIELD_ID = '{F7021451-1387-4CA6-816F-3879F97B5CBC}';

/** Escapes text for XML character data; the text must already be XML-safe (xmlSafeText). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The notes page of slide `slideNumber` holding these paragraphs (none: an empty notes pane). */
export function notesSlideXml(paragraphs: readonly NotesParagraph[], slideNumber: number): string {
  const body = paragraphs.length > 0 ? paragraphs.map(paragraphXml).join('') : '<a:p><a:endParaRPr/></a:p>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes ${NAMESPACES}><p:cSld><p:spTree>` +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    shape(
      2,
      'Slide Image Placeholder 1',
      '<p:ph type="sldImg"/>',
      frame(0.75, 0.5, 6, 3.375),
      '',
      '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/>',
    ) +
    shape(
      3,
      'Notes Placeholder 2',
      '<p:ph type="body" idx="1"/>',
      frame(0.75, 4.1, 6, 5.2),
      `<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>${body}</p:txBody>`,
    ) +
    shape(
      4,
      'Slide Number Placeholder 3',
      '<p:ph type="sldNum" sz="quarter" idx="10"/>',
      '<p:spPr/>',
      `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="${SLIDE_NUMBER_FIELD_ID}" type="slidenum"><a:rPr/><a:t>${slideNumber}</a:t></a:fld></a:p></p:txBody>`,
    ) +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}

/** Shape properties placing a placeholder; sizes in inches. */
function frame(x: number, y: number, w: number, h: number): string {
  const emu = (inches: number) => Math.round(inches * EMU_PER_INCH);
  return `<p:spPr><a:xfrm><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm></p:spPr>`;
}

function shape(id: number, name: string, ph: string, spPr: string, txBody: string, locks = '<a:spLocks noGrp="1"/>'): string {
  const nvSpPr = `<p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr>${locks}</p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>`;
  return `<p:sp>${nvSpPr}${spPr}${txBody}</p:sp>`;
}

function paragraphXml(paragraph: NotesParagraph): string {
  const level = Math.max(0, paragraph.depth - 1) * LEVEL_INDENT;
  const margin = paragraph.depth === 0 ? 0 : level + (paragraph.hasMarker ? 0 : MARKER_INDENT);
  // The list level says how deep a nested item sits (PowerPoint's own nesting, read back on import).
  const lvl = paragraph.depth > 1 ? ` lvl="${Math.min(paragraph.depth - 1, MAX_LEVEL)}"` : '';
  // Margin and indent are always set: LibreOffice otherwise hangs every line after the first.
  const properties = `<a:pPr marL="${Math.round(margin)}"${lvl} indent="0"><a:spcAft><a:spcPts val="600"/></a:spcAft></a:pPr>`;
  return `<a:p>${properties}${paragraph.inlines.map(inlineXml).join('')}<a:endParaRPr sz="${NOTES_SIZE * 100}"/></a:p>`;
}

function inlineXml(inline: NotesInline): string {
  if (inline === 'break') return `<a:br><a:rPr sz="${NOTES_SIZE * 100}"/></a:br>`;
  const flags = `${inline.isBold ? ' b="1"' : ''}${inline.isItalic ? ' i="1"' : ''}`;
  // Every run names its font: LibreOffice otherwise keeps a code run's font for all the text after it.
  const font = inline.isCode ? CODE_FONT : DECK_FONT;
  const properties = `<a:rPr sz="${NOTES_SIZE * 100}"${flags}><a:latin typeface="${font}"/><a:cs typeface="${font}"/></a:rPr>`;
  return `<a:r>${properties}<a:t>${escapeXml(inline.text)}</a:t></a:r>`;
}
