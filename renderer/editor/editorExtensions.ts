/*
 * The one list of editor extensions. The schema it yields is exactly the whitelist of
 * shared/model/richText.ts: paragraphs, lists, hard breaks, bold, italic, inline code, links.
 * Anything else pasted in (headings, images, tables, scripts) is parsed down to that schema.
 */
import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { isSafeHref } from '../../shared/model/safeHref';

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
  ];
}
