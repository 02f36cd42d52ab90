import { Editor, getSchema } from '@tiptap/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/editor/editorExtensions';
import {
  BLOCK_TYPES,
  INLINE_TYPES,
  MARK_TYPES,
  MAX_TEXT_NODE,
  richTextSchema,
  type RichText,
} from '../../../shared/model/richText';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function makeEditor(content: RichText | string = '') {
  editor = new Editor({ extensions: editorExtensions(), content, injectCSS: false });
  return editor;
}

function paste(html: string): RichText {
  const e = makeEditor();
  e.view.pasteHTML(html);
  return e.getJSON() as RichText;
}

function linksIn(doc: RichText): string[] {
  return JSON.stringify(doc).match(/"href":"[^"]*"/g) ?? [];
}

describe('the editor schema', () => {
  it('has exactly the node and mark types stored rich text allows', () => {
    const schema = getSchema(editorExtensions());
    expect(Object.keys(schema.nodes).sort()).toEqual(['doc', ...BLOCK_TYPES, ...INLINE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_TYPES].sort());
  });
});

describe('pasting', () => {
  it('keeps paragraphs, lists, emphasis, code and safe links', () => {
    const doc = paste(
      '<p><strong>Bold</strong> and <em>italic</em> and <code>x</code> <a href="https://arxiv.org/abs/1">paper</a></p><ul><li>one</li></ul>',
    );
    expect(richTextSchema.safeParse(doc).success).toBe(true);
    expect(JSON.stringify(doc)).toContain('"bold"');
    expect(JSON.stringify(doc)).toContain('"bulletList"');
    expect(linksIn(doc)).toEqual(['"href":"https://arxiv.org/abs/1"']);
  });

  it('drops images, scripts and video, and flattens headings and tables to paragraphs', () => {
    const doc = paste(
      '<h1>Title</h1><img src="https://tracker.example/pixel.png"><script>alert(1)</script><video src="https://x/v.mp4"></video><table><tr><td>cell</td></tr></table>',
    );
    expect(richTextSchema.safeParse(doc).success).toBe(true);
    const json = JSON.stringify(doc);
    expect(json).toContain('Title');
    expect(json).toContain('cell');
    expect(json).not.toMatch(/image|script|video|tracker|alert/);
  });

  it('refuses javascript:, data: and file: links but keeps their text', () => {
    const doc = paste(
      '<p><a href="javascript:alert(1)">click</a> <a href="data:text/html,x">data</a> <a href="file:///etc/passwd">file</a></p>',
    );
    expect(linksIn(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toContain('click');
  });

  it('never produces a document the store would refuse, whatever HTML is pasted', () => {
    const tag = fc.constantFrom(
      'p',
      'b',
      'i',
      'em',
      'code',
      'a',
      'ul',
      'ol',
      'li',
      'h2',
      'img',
      'div',
      'span',
      'script',
      'table',
      'td',
      'blockquote',
      'pre',
    );
    const href = fc.constantFrom('https://ok.example/', 'javascript:alert(1)', 'mailto:a@b.c', 'ftp://x', 'data:x', '/relative');
    const html = fc
      .array(fc.tuple(tag, href, fc.string({ maxLength: 12 })), { maxLength: 8 })
      .map((parts) => parts.map(([t, h, text]) => `<${t} href="${h}" src="${h}">${text.replace(/[<>&]/g, '')}</${t}>`).join(''));
    fc.assert(
      fc.property(html, (input) => {
        const doc = paste(input);
        editor?.destroy();
        editor = null;
        expect(richTextSchema.safeParse(doc).error).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});

describe('content round trip', () => {
  it('gives back the stored document unchanged, so opening a story never marks it edited', () => {
    const stored: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'First ' },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'step' }] }] }],
        },
      ],
    };
    expect(makeEditor(stored).getJSON()).toEqual(stored);
  });
});

describe('text length', () => {
  it('stops typing where a paragraph would pass the length stored text allows, so the story can still be saved', () => {
    const e = makeEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a'.repeat(MAX_TEXT_NODE - 1) }] }],
    });
    e.commands.setTextSelection(MAX_TEXT_NODE);
    e.commands.insertContent('b');
    e.commands.insertContent('c');
    const doc = e.getJSON() as RichText;
    expect(doc.content[0]!.content![0]!.text).toBe(`${'a'.repeat(MAX_TEXT_NODE - 1)}b`);
    expect(richTextSchema.safeParse(doc).success).toBe(true);
  });
});
