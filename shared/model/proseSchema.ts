/*
 * The editor's document schema as plain ProseMirror, without Tiptap: the same nodes, marks,
 * content rules and attributes that renderer/editor/editorExtensions.ts yields (a test compares
 * the two). The importer checks stored documents against it, and the markdown exporter
 * serializes with it.
 */
import { Schema } from 'prosemirror-model';

export const proseSchema = new Schema({
  topNode: 'doc',
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true, selectable: false },
    bulletList: { group: 'block list', content: 'listItem+' },
    orderedList: { group: 'block list', content: 'listItem+', attrs: { start: { default: 1 }, type: { default: null } } },
    listItem: { content: 'paragraph block*', defining: true },
  },
  marks: {
    link: {
      inclusive: true,
      attrs: {
        href: { default: null },
        target: { default: null },
        rel: { default: null },
        class: { default: null },
        title: { default: null },
      },
    },
    // The order is the editor's (mark ranks): stored documents list marks in this order.
    bold: {},
    code: { excludes: '_' },
    italic: {},
  },
});
