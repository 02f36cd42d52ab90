import type { ReactNode } from 'react';
import type { RichTextNode, RichText } from '../../../../shared/model/richText';

function inline(node: RichTextNode, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let content: ReactNode = node.text ?? '';
  // Links are shown as text: following one in the middle of a run would only lose the place.
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') content = <strong>{content}</strong>;
    else if (mark.type === 'italic') content = <em>{content}</em>;
    else if (mark.type === 'code') content = <code>{content}</code>;
  }
  return <span key={key}>{content}</span>;
}

function block(node: RichTextNode, key: number): ReactNode {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children.map(inline)}</p>;
    case 'bulletList':
      return <ul key={key}>{children.map(block)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children.map(block)}</ol>;
    case 'listItem':
      return <li key={key}>{children.map(block)}</li>;
    default:
      return inline(node, key);
  }
}

/** Stored rich text, read-only, without loading the editor. */
export function RichTextView({ doc, className }: { doc: RichText; className?: string }) {
  return <div className={className}>{doc.content.map(block)}</div>;
}
