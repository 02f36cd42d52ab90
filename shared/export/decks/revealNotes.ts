/*
 * Speaker notes for reveal.js as HTML. Its markdown plugin renders notes with marked, whose
 * emphasis, link and autolink rules differ from CommonMark where escaped text meets them ("_<_>",
 * "\[a\](b)" inside a link's text, "http://x\*" taking the backslash into the link). Marked
 * passes an HTML block through untouched, and the speaker view shows the notes as HTML, so the
 * notes are written as HTML: every character as typed, and no blank line, which would end the block.
 */
import { hasText, type RichText, type RichTextNode } from '../../model/richText';
import { withoutEmptyItems } from './withoutEmptyItems';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/** Marks as tags, the link outermost; a line break inside text reads as a space, as in markdown. */
function inlineHtml(node: RichTextNode): string {
  if (node.type === 'hardBreak') return '<br>';
  let html = escapeHtml((node.text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' '));
  const has = (type: string) => node.marks?.some((mark) => mark.type === type) ?? false;
  if (has('code')) html = `<code>${html}</code>`;
  if (has('italic')) html = `<em>${html}</em>`;
  if (has('bold')) html = `<strong>${html}</strong>`;
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href'];
  return typeof href === 'string' ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
}

function blockHtml(node: RichTextNode): string {
  if (!hasText({ type: 'doc', content: [node] })) return '';
  const inner = (node.content ?? []).map(node.type === 'paragraph' ? inlineHtml : blockHtml).join('');
  switch (node.type) {
    case 'paragraph':
      return `<p>${inner}</p>`;
    case 'listItem':
      return `<li>${inner}</li>`;
    case 'orderedList': {
      const start = node.attrs?.['start'];
      return `<ol${typeof start === 'number' && start !== 1 ? ` start="${start}"` : ''}>${inner}</ol>`;
    }
    default:
      return `<ul>${inner}</ul>`;
  }
}

/**
 * A beat's notes as the HTML reveal.js's speaker view shows, one block a line; list items with no
 * text are left out. reveal.js puts a slide's markdown in a script template and reads
 * "__SCRIPT_END__" there back as "</script>": its first "_" is written as a character reference.
 */
export function revealNotes(doc: RichText): string {
  return withoutEmptyItems(doc)
    .content.map(blockHtml)
    .filter((html) => html !== '')
    .join('\n')
    .replace(/__SCRIPT_END__/g, '&#95;_SCRIPT_END__');
}
