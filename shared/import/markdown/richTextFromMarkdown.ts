/*
 * Markdown speaker notes (Slidev's, and reveal.js's when written as markdown) as rich text,
 * through markdown-it's token stream: paragraphs, lists, bold, italic, code and links; HTML
 * inside the notes through richTextFromHtml. Headings, quotes and code blocks keep their text as
 * paragraphs.
 */
import type { MarkdownIt, Token } from 'markdown-it';
import type { RichText } from '../../model/richText';
import { addHtml } from './richTextFromHtml';
import { RichTextBuilder } from './richTextBuilder';

function addInline(builder: RichTextBuilder, children: readonly Token[]): void {
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        builder.text(token.content);
        break;
      case 'code_inline':
        builder.mark('code', true);
        builder.text(token.content);
        builder.mark('code', false);
        break;
      case 'strong_open':
      case 'strong_close':
        builder.mark('bold', token.type === 'strong_open');
        break;
      case 'em_open':
      case 'em_close':
        builder.mark('italic', token.type === 'em_open');
        break;
      case 'link_open':
        builder.link(String(token.attrGet('href') ?? '') || null);
        break;
      case 'link_close':
        builder.unlink();
        break;
      case 'softbreak':
        builder.text(' ');
        break;
      case 'hardbreak':
        builder.hardBreak();
        break;
      case 'html_inline':
        // A tag alone (<span>, <br>) is markup, not words; <br> is a break.
        if (/^<br\s*\/?>$/i.test(token.content)) builder.hardBreak();
        else if (!token.content.startsWith('<')) builder.text(token.content);
        break;
      case 'image':
        builder.text('[picture]');
        break;
      default:
        if (token.content !== '') builder.text(token.content);
    }
  }
}

/** The notes' markdown as rich text, read with the given markdown-it (HTML allowed). */
export function richTextFromMarkdown(md: MarkdownIt, markdown: string): RichText {
  const builder = new RichTextBuilder();
  for (const token of md.parse(markdown, {})) {
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open':
        builder.open('paragraph');
        break;
      case 'paragraph_close':
      case 'heading_close':
        builder.close('paragraph');
        break;
      case 'bullet_list_open':
        builder.open('bulletList');
        break;
      case 'bullet_list_close':
        builder.close('bulletList');
        break;
      case 'ordered_list_open': {
        const start = Number.parseInt(String(token.attrGet('start') ?? '1'), 10);
        builder.open('orderedList', Number.isSafeInteger(start) ? start : 1);
        break;
      }
      case 'ordered_list_close':
        builder.close('orderedList');
        break;
      case 'list_item_open':
        builder.open('listItem');
        break;
      case 'list_item_close':
        builder.close('listItem');
        break;
      case 'inline':
        addInline(builder, token.children ?? []);
        break;
      case 'fence':
      case 'code_block':
        builder.open('paragraph');
        builder.mark('code', true);
        token.content
          .replace(/\n$/, '')
          .split('\n')
          .forEach((line: string, i: number) => {
            if (i > 0) builder.hardBreak();
            builder.text(line);
          });
        builder.mark('code', false);
        builder.close('paragraph');
        break;
      case 'html_block':
        if (!addHtml(builder, token.content)) {
          builder.open('paragraph');
          builder.text(token.content.trim());
          builder.close('paragraph');
        }
        break;
      default:
        break;
    }
  }
  return builder.finish();
}
