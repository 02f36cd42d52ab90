/** The talk the accuracy tests speak: ordinary research prose, 4 sentences, 93 words. */
export const SENTENCES = [
  'Retrieval models answer questions over very long documents by first finding the passages that matter and then reading only those passages carefully.',
  'We trained three families of models on the same data with the same budget and measured how often each one found the right passage.',
  'The dense retriever wins when latency binds, but the sparse one is more robust when the vocabulary of the question differs from the vocabulary of the document.',
  'Our ablation removes one component at a time, and the largest drop comes from the reranker, not from the encoder.',
] as const;

export const WORDS = SENTENCES.join(' ').split(/\s+/).length;

/** Breaks planted after sentences 1, 2 and 3, in ms. */
export const PLANTED_MS = [1500, 2500, 1000] as const;

/** The talk with no breaks. */
export const PLAIN_SSML = `<speak>${SENTENCES.join(' ')}</speak>`;

/** The talk with PLANTED_MS silences between its sentences. */
export const BREAKS_SSML = `<speak>${SENTENCES.map((s, k) => (k < PLANTED_MS.length ? `${s} <break time="${PLANTED_MS[k]}ms"/>` : s)).join(' ')}</speak>`;
