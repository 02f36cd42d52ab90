/** Number words that make a note measurable when it holds no digit ("five seeds", "twice as fast"). */
const NUMBER_WORDS = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'thousand',
  'million',
  'billion',
  'dozen',
  'half',
  'twice',
  'double',
  'triple',
  'percent',
]);

/** Whether a text states a quantity: a digit, or a number word such as "five" or "twice". */
export function mentionsNumber(text: string): boolean {
  if (/\p{Nd}/u.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => NUMBER_WORDS.has(word));
}
