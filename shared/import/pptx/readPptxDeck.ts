/*
 * A .pptx read into slides: the slide list of ppt/presentation.xml in its order, each slide
 * through its relationships to its part and its notes page. Hidden slides are skipped and
 * counted; a slide's advance time (p:transition advTm, in milliseconds) is its timing.
 */
import { emptyDoc, hasText } from '../../model/richText';
import { DeckImportError, type DeckProgress, type DeckRead, type DeckSlide } from '../deckSlides';
import { MAX_SLIDES } from './deckLimits';
import { notesPage } from './notesPage';
import { openDeckZip } from './openDeckZip';
import { readRels, relsPathOf } from './packageRels';
import { slideShapes } from './slideShapes';
import { attr, child, childrenNamed, childrenOf, parseXml, path, tagOf, resolvedAlternate, type XmlNode } from './xmlTree';
import { msToSeconds, secondsToMs } from '../../time/duration';

const PRESENTATION = 'ppt/presentation.xml';
const NOTES_TYPE = '/notesSlide';

/** The slide's advance time to the second, from its transition (inside a compatibility block or not). */
function advanceMs(root: XmlNode): number | null {
  for (const node of childrenOf(root)) {
    for (const candidate of resolvedAlternate(node)) {
      if (tagOf(candidate) !== 'p:transition') continue;
      const ms = Number.parseInt(attr(candidate, 'advTm') ?? '', 10);
      if (Number.isFinite(ms) && ms >= 0) return secondsToMs(msToSeconds(ms));
    }
  }
  return null;
}

interface ReadSlide extends DeckSlide {
  isTitleLayout: boolean;
}

/** A PowerPoint deck's slides, titles, body text and notes. */
export async function readPptxDeck(bytes: Uint8Array, progress?: DeckProgress): Promise<DeckRead> {
  const zip = await openDeckZip(bytes);
  const presentationXml = await zip.text(PRESENTATION);
  if (presentationXml === null)
    throw new DeckImportError(
      'This zip file is not a PowerPoint presentation: it has no ppt/presentation.xml (a Word or Excel file, perhaps).',
    );
  const presentation = path(parseXml(presentationXml, PRESENTATION), 'p:presentation');
  const rels = readRels(PRESENTATION, await zip.text(relsPathOf(PRESENTATION)));
  const list = presentation === undefined ? undefined : child(presentation, 'p:sldIdLst');
  const ids = list === undefined ? [] : childrenNamed(list, 'p:sldId');
  if (ids.length === 0) throw new DeckImportError('This presentation has no slides.');
  if (ids.length > MAX_SLIDES)
    throw new DeckImportError(
      `This presentation has ${ids.length.toLocaleString('en')} slides, more than the ${MAX_SLIDES.toLocaleString('en')} Viva reads.`,
    );
  const slides: ReadSlide[] = [];
  let hiddenSkipped = 0;
  for (const [i, id] of ids.entries()) {
    const target = rels.get(attr(id, 'r:id') ?? '')?.target;
    const xml = target === undefined ? null : await zip.text(target);
    if (target === undefined || xml === null)
      throw new DeckImportError(`This PowerPoint file is damaged: slide ${i + 1} is listed but its part is missing.`);
    const root = path(parseXml(xml, target), 'p:sld');
    if (root === undefined) throw new DeckImportError(`This PowerPoint file is damaged: slide ${i + 1} is not a slide.`);
    progress?.(i + 1, ids.length);
    if (attr(root, 'show') === '0' || attr(root, 'show') === 'false') {
      hiddenSkipped += 1;
      continue;
    }
    const shapes = slideShapes(path(root, 'p:cSld', 'p:spTree'));
    const slideRels = readRels(target, await zip.text(relsPathOf(target)));
    const notesTarget = [...slideRels.values()].find((rel) => rel.type.endsWith(NOTES_TYPE) && !rel.isExternal)?.target;
    const notesXml = notesTarget === undefined ? null : await zip.text(notesTarget);
    const notes =
      notesTarget === undefined || notesXml === null
        ? emptyDoc()
        : notesPage(parseXml(notesXml, notesTarget), readRels(notesTarget, await zip.text(relsPathOf(notesTarget))));
    slides.push({
      title: shapes.title,
      bullets: shapes.body,
      notes,
      durationMs: advanceMs(root),
      number: i + 1,
      isTitleLayout: shapes.isTitleLayout,
    });
  }
  const first = slides[0];
  const hasTitleSlide =
    first !== undefined && first.title !== null && !hasText(first.notes) && first.bullets.length <= (first.isTitleLayout ? 2 : 1);
  const kept = hasTitleSlide ? slides.slice(1) : slides;
  return {
    format: 'pptx',
    title: hasTitleSlide ? first.title : null,
    talkMs: null,
    slides: kept.map(({ isTitleLayout: _layout, ...slide }) => slide),
    hiddenSkipped,
    hasTitleSlide,
  };
}
