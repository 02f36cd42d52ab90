/*
 * What a deck reader gives back, whatever the format: the slides in the order they are shown,
 * each with its title (or none), its body text one line a paragraph, its speaker notes as rich
 * text and its own timing when the deck sets one.
 */
import type { RichText } from '../model/richText';

/** The deck formats Viva reads (the same ids as their export formats). */
export const DECK_FORMAT_IDS = ['pptx', 'beamer', 'marp', 'slidev', 'reveal'] as const;
export type DeckFormatId = (typeof DECK_FORMAT_IDS)[number];

export interface DeckSlide {
  /** The slide's title as shown; null when it has none (the outline then names it "Slide N"). */
  title: string | null;
  /** The body text, one entry a paragraph (a table row, a picture as "[picture]"); no empty ones. */
  bullets: string[];
  notes: RichText;
  /** How long the deck itself gives the slide, to the second (pptx advance time, reveal.js data-timing). */
  durationMs: number | null;
  /** The slide's number in the file (hidden ones counted), from 1. */
  number: number;
}

export interface DeckRead {
  format: DeckFormatId;
  /** The talk's title, from the deck's title slide or its settings; null when it names none. */
  title: string | null;
  /** The talk's length the deck states (Slidev's `duration`), to the minute. */
  talkMs: number | null;
  slides: DeckSlide[];
  /** Slides hidden in the file (PowerPoint's "Hide slide"): left out, and counted to say so. */
  hiddenSkipped: number;
  /** Whether the first slide was taken as the title slide (its title names the talk, it is no beat). */
  hasTitleSlide: boolean;
}

/** A deck that cannot be read: the message is the sentence shown to the user, and nothing is written. */
export class DeckImportError extends Error {
  override name = 'DeckImportError';
}

/** Progress of a read: `done` of `total` slides. */
export type DeckProgress = (done: number, total: number) => void;
