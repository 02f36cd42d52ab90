/*
 * How much a deck may be, checked before and while it is read, so a hostile file can neither
 * exhaust memory nor stall the worker: the file's size, the zip's entries, what its parts expand
 * to, and how far one part may expand against its compressed size.
 */

/** Largest deck file read, in bytes (pictures make decks large; only the text parts are inflated). */
export const MAX_DECK_BYTES = 64 * 1024 * 1024;
/** Most entries a .pptx may list. */
export const MAX_ZIP_ENTRIES = 20_000;
/** Most one XML part may expand to, in bytes. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** Most all the XML parts read may expand to together, in bytes. */
export const MAX_EXPANDED_BYTES = 256 * 1024 * 1024;
/** Highest expansion ratio of one part (XML compresses well, rarely past 1:30; a bomb reaches 1:1000). */
export const MAX_RATIO = 200;
/** Most slides a deck may have. */
export const MAX_SLIDES = 1_000;
