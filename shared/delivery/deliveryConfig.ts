/*
 * Every threshold of the delivery analysis, in one place, with the reason for its value. The
 * syllable-nuclei method and its defaults (25 dB below the loudest sound is silence, a 2 dB dip
 * separates two syllables) are de Jong & Wempe's (2009), "Praat script to detect syllable nuclei
 * and measure speech rate automatically", Behavior Research Methods 41(2).
 */

/**
 * The rate the renderer resamples recordings to. Voicing and syllable nuclei live below 4 kHz
 * (telephone band), and at 8 kHz the analysis costs half what it does at 16 kHz.
 */
export const ANALYSIS_SAMPLE_RATE = 8_000;

/** One intensity and pitch reading every 10 ms. */
export const FRAME_STEP_S = 0.01;
/**
 * The intensity window: a 128 ms Hann window, which smooths about as much as Praat's intensity
 * for a 50 Hz pitch floor in de Jong & Wempe's script. A 64 ms one split long vowels in two.
 */
export const INTENSITY_WINDOW_S = 0.128;

/** Quieter than this many dB below the loudest sound (its 99th percentile) is silence. */
export const SILENCE_DB_BELOW_PEAK = 25;
/** A syllable's intensity peak must stand this many dB above the dip before the next one. */
export const MIN_DIP_DB = 2;
/** A sound shorter than this inside silence is a click, not speech. */
export const MIN_SOUND_S = 0.05;

/** Silences at least this long are reported as pauses. */
export const MIN_PAUSE_S = 1;
/**
 * Pause lengths are shown to a tenth of a second, so a silence that shows as 1.0 s (0.95 s or
 * more) is a pause of a second: a planted one-second break measures 0.99 s in the waveform.
 */
export const PAUSE_FLOOR_S = MIN_PAUSE_S - 0.05;
/**
 * In the pace, a pause of a second or more counts as an ordinary break between sentences of this
 * length, and the rest of it is left out: pace is how fast one talks, and a long pause is not
 * slow talking. (espeak-ng leaves 0.4 s between sentences at 150 words a minute.)
 */
export const SENTENCE_BREATH_S = 0.4;
/** A silence at least this long ends a sentence, for the fading check. */
export const SENTENCE_BREAK_S = 0.3;

/**
 * Average syllables per spoken English word. Counts of English speech corpora fall between
 * about 1.3 (casual conversation) and 1.6 (lectures and read prose); a research talk sits near
 * the upper middle, so Viva uses 1.5.
 */
export const SYLLABLES_PER_WORD = 1.5;

/** Pitch is searched between these, which covers adult speaking voices. */
export const MIN_PITCH_HZ = 65;
export const MAX_PITCH_HZ = 500;
/** YIN's aperiodicity threshold: 0.25 keeps short, fast vowels voiced (at 0.15 half of them were lost above 200 words a minute). */
export const YIN_THRESHOLD = 0.25;

/**
 * A voice whose pitch moves over fewer semitones than this (10th to 90th percentile of voiced
 * frames) across a whole segment sounds flat; lively speech spans about 6 to 10.
 */
export const FLAT_SPREAD_SEMITONES = 4;
/** Pitch and pace are only judged over at least this much voiced speech. */
export const MIN_JUDGED_SPEECH_S = 10;

/** A sentence fades out when its last syllable is this many dB (half the sound pressure) below the sentence's median syllable. */
export const FADE_DB = 6;

/** The pace over time: syllables counted in a window this wide, every step. */
export const PACE_WINDOW_S = 30;
export const PACE_STEP_S = 5;

/** Recordings shorter than this are not analysed. */
export const MIN_RECORDING_S = 5;
/** A recording whose loudest sample is below this (about −50 dBFS) is silent. */
export const SILENT_PEAK = 0.003;
/** A sample at or beyond this magnitude has hit the converter's limit. */
export const CLIP_LEVEL = 0.99;
/** More than this share of clipped samples while speaking makes the numbers unreliable. */
export const MAX_CLIPPED_SHARE = 0.01;
/** Fewer syllables than this, or less sound than MIN_SPEECH_S, is not speech. */
export const MIN_SYLLABLES = 5;
export const MIN_SPEECH_S = 2;
