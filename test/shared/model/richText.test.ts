import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText, emptyDoc, hasText, plainText, richTextSchema } from '../../../shared/model/richText';

describe('richTextSchema', () => {
  it('accepts what the editor produces: paragraphs, lists, marks and safe links', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    {
                      type: 'text',
                      text: 'item',
                      marks: [{ type: 'link', attrs: { href: 'https://arxiv.org', target: '_blank', rel: null, class: null } }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [] },
      ],
    };
    expect(richTextSchema.safeParse(doc).success).toBe(true);
  });

  it('rejects javascript: and other unsafe links', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', '']) {
      const doc = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
      };
      const result = richTextSchema.safeParse(doc);
      expect(result.success, href).toBe(false);
    }
  });

  it('rejects node types the editor does not have (images, scripts, iframes)', () => {
    for (const type of ['image', 'script', 'iframe', 'heading']) {
      expect(richTextSchema.safeParse({ type: 'doc', content: [{ type }] }).success, type).toBe(false);
    }
  });

  it('rejects unknown keys at any depth', () => {
    expect(richTextSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', onclick: 'x' }] }).success).toBe(false);
  });
});

describe('plain text helpers', () => {
  it('reads paragraphs and list items as lines', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'First' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Second' }] }] }],
        },
      ],
    };
    expect(plainText(doc)).toBe('First\nSecond');
  });

  it('treats an empty editor document as having no text', () => {
    expect(hasText(emptyDoc())).toBe(false);
    expect(hasText(docFromText('  \n\n '))).toBe(false);
  });

  it('round-trips plain paragraphs through docFromText', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[^\n]*\S[^\n]*$/), { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const doc = docFromText(paragraphs.join('\n\n'));
        expect(richTextSchema.safeParse(doc).success).toBe(true);
        expect(plainText(doc)).toBe(paragraphs.join('\n').trim());
      }),
    );
  });
});
