/** The markdown slide tools Viva writes decks for. */
export const SLIDE_FLAVOURS = ['marp', 'slidev', 'reveal'] as const;
/** One of the markdown slide tools. */
export type SlideFlavour = (typeof SLIDE_FLAVOURS)[number];
