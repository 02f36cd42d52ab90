/*
 * The one list of editor extensions. The schema it yields is exactly the whitelist of
 * shared/model/richText.ts: paragraphs, lists, hard breaks, bold, italic, inline code, links.
 * Anything else pasted in (headings, images, tables, scripts) is parsed down to that schema.
 */
import { Extension, type Extensions } from '@tiptap/core';
import type { Node as ProseNode } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { MAX_TEXT_NODE } from '../../shared/model/richText';
import { isSafeHref } from '../../shared/model/safeHref';

function hasOverlongText(doc: ProseNode): boolean {
  let isOverlong = false;
  doc.descendants((node) => {
    if (node.isText && (node.text?.length ?? 0) > MAX_TEXT_NODE) isOverlong = true;
    return !isOverlong;
  });
  return isOverlong;
}

/**
 * Typing or pasting stops where a run of text would pass the length stored rich text allows
 * (as a plain field stops at its maxLength), so the editor never holds a story that cannot be saved.
 */
const TextLengthLimit = Extension.create({
  name: 'textLengthLimit',
  addProseMirrorPlugins() {
    return [new Plugin({ filterTransaction: (tr) => !tr.docChanged || !hasOverlongText(tr.doc) })];
  },
});

/** The editor's extensions; `placeholder` is the faint hint shown in an empty field. */
export function editorExtensions(placeholder = ''): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        protocols: ['http', 'https', 'mailto'],
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
        isAllowedUri: (url) => isSafeHref(url),
        shouldAutoLink: (url) => isSafeHref(url.includes(':') ? url : `https://${url}`),
      },
    }),
    Placeholder.configure({ placeholder }),
    TextLengthLimit,
  ];
}
