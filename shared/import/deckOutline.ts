/*
 * An imported deck as a talk outline: one beat per slide (title, bullets, notes, budget), the
 * talk's title and length, and the sentences that say what was done (hidden slides skipped, the
 * title slide taken as the talk's title, text cut to fit, where the budgets came from).
 */
import { MAX_BEATS, MAX_BULLETS, MAX_TALK_MS, MIN_TALK_MS, newBeat, type Beat } from '../model/outline';
import { MINUTE_MS } from '../time/duration';
import { emptyDoc, richTextSchema } from '../model/richText';
import { MAX_TITLE } from '../model/story';
import { MAX_LINE } from '../model/text';
import { deckBudgets, type BudgetSource } from './deckBudgets';
import { DeckImportError, type DeckFormatId, type DeckRead } from './deckSlides';

export interface DeckOutline {
  format: DeckFormatId;
  /** The talk's title: the deck's, or the file's name without its extension. */
  title: string;
  talkMs: number;
  beats: Beat[];
  budgetSource: BudgetSource;
  /** Plain sentences on what the import did beyond the obvious, for the preview. */
  notices: string[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A line cut to `max` characters (an ellipsis marking the cut), never inside a surrogate pair. */
function fitted(text: string, max: number): { text: string; isCut: boolean } {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  if (line.length <= max) return { text: line, isCut: false };
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(line[cut - 1] ?? '')) cut -= 1;
  return { text: `${line.slice(0, cut)}…`, isCut: true };
}

/** The file's name without its extension, as a story title. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/[-_]+/g, ' ').trim();
  return stem === '' ? 'Imported deck' : stem;
}

export const BUDGET_SOURCE_SENTENCES: Record<BudgetSource, string> = {
  deck: 'Time budgets come from the deck’s own slide timings.',
  notes: 'The deck sets no slide timings, so the talk’s length is shared out by the words of each slide’s notes.',
  mixed: 'Timed slides keep the deck’s timings; the rest of the talk’s length is shared out by the words of their notes.',
};

/**
 * The outline for an imported deck. `talkMs`: the story's talk length when importing into
 * an existing story; for a new story it comes from the deck (its timings or its stated
 * duration), else 20 minutes.
 */
export function deckOutline(deck: DeckRead, options: { fileName: string; talkMs?: number }): DeckOutline {
  if (deck.slides.length === 0)
    throw new DeckImportError(
      deck.hiddenSkipped > 0
        ? `Every slide of this deck is hidden (${plural(deck.hiddenSkipped, 'slide', 'slides')}), so there is nothing to rehearse.`
        : 'This deck has no slides besides its title slide, so there is nothing to rehearse.',
    );
  if (deck.slides.length > MAX_BEATS)
    throw new DeckImportError(
      `This deck has ${deck.slides.length.toLocaleString('en')} slides; a talk outline holds at most ${MAX_BEATS} beats. Hide the slides you will not present and import it again.`,
    );
  const notices: string[] = [];
  const timedMs = deck.slides.every((slide) => slide.durationMs !== null)
    ? deck.slides.reduce((sum, slide) => sum + (slide.durationMs ?? 0), 0)
    : null;
  // A talk lasts whole minutes: the deck's timings rounded up to the next minute.
  const fromDeck = timedMs !== null && timedMs > 0 ? Math.ceil(timedMs / MINUTE_MS) * MINUTE_MS : deck.talkMs;
  const talkMs = Math.min(MAX_TALK_MS, Math.max(MIN_TALK_MS, options.talkMs ?? fromDeck ?? 20 * MINUTE_MS));
  const { budgets, source } = deckBudgets(deck.slides, talkMs);
  let cutLines = 0;
  let droppedBullets = 0;
  let untitled = 0;
  const beats = deck.slides.map((slide, i): Beat => {
    if (slide.title === null) untitled += 1;
    const title = fitted(slide.title ?? `Slide ${slide.number}`, MAX_LINE);
    const bullets = slide.bullets.slice(0, MAX_BULLETS).map((bullet) => fitted(bullet, MAX_LINE));
    droppedBullets += Math.max(0, slide.bullets.length - MAX_BULLETS);
    cutLines += [title, ...bullets].filter((line) => line.isCut).length;
    // The readers build valid documents; a document that is not is dropped rather than stored.
    const notes = slide.notes.content.length > 0 && richTextSchema.safeParse(slide.notes).success ? slide.notes : emptyDoc();
    return { ...newBeat(title.text, budgets[i]!), bullets: bullets.map((bullet) => bullet.text), notes };
  });
  if (deck.hasTitleSlide) notices.push('The first slide is the title slide: it names the talk and is not a beat.');
  if (deck.hiddenSkipped > 0) notices.push(`${plural(deck.hiddenSkipped, 'hidden slide was', 'hidden slides were')} left out.`);
  if (untitled > 0)
    notices.push(
      `${plural(untitled, 'slide has', 'slides have')} no title and ${untitled === 1 ? 'is' : 'are'} named after ${untitled === 1 ? 'its' : 'their'} number (“Slide 3”).`,
    );
  if (droppedBullets > 0)
    notices.push(
      `${plural(droppedBullets, 'line', 'lines')} past the ${MAX_BULLETS} a slide holds ${droppedBullets === 1 ? 'was' : 'were'} left out.`,
    );
  if (cutLines > 0)
    notices.push(
      `${plural(cutLines, 'line was', 'lines were')} longer than ${MAX_LINE} characters and ${cutLines === 1 ? 'was' : 'were'} cut.`,
    );
  notices.push(BUDGET_SOURCE_SENTENCES[source]);
  const title = fitted(deck.title ?? titleFromFileName(options.fileName), MAX_TITLE).text;
  return {
    format: deck.format,
    title: title.trim() === '' ? 'Imported deck' : title,
    talkMs,
    beats,
    budgetSource: source,
    notices,
  };
}
