/*
 * What Marp takes out of a slide's HTML comments as settings rather than notes: its directives
 * (Marpit's, Marp Core's and Marp CLI's names; a leading "_" makes one apply to one slide) and the
 * "well-known magic comments" of linters, matched against the whole trimmed comment. The notes
 * writer guards against both, and the deck reader skips both.
 */
export const MARP_DIRECTIVES: readonly string[] = [
  'headingDivider',
  'lang',
  'style',
  'theme',
  'math',
  'size',
  'author',
  'description',
  'image',
  'keywords',
  'title',
  'url',
  'marp',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
  'class',
  'color',
  'footer',
  'header',
  'paginate',
  'transition',
];

export const MARP_MAGIC_COMMENTS: readonly RegExp[] = [
  /^prettier-ignore(-(start|end))?$/,
  /^markdownlint-((disable|enable).*|capture|restore)$/,
  /^lint (disable|enable|ignore).*$/,
];
