import { hasText, type RichText, type RichTextNode } from '../../model/richText';

const isList = (node: RichTextNode) => node.type === 'bulletList' || node.type === 'orderedList';

function pruned(nodes: readonly RichTextNode[]): RichTextNode[] {
  return nodes.flatMap((node): RichTextNode[] => {
    if (node.type === 'listItem' && !hasText({ type: 'doc', content: [node] })) return [];
    if (!node.content || node.type === 'paragraph') return [node];
    const content = pruned(node.content);
    // A list whose items were all blank goes too: markdown cannot hold a list with no items.
    return isList(node) && content.length === 0 ? [] : [{ ...node, content }];
  });
}

/** The document without list items that hold no text, which would be exported as an empty "- ". */
export function withoutEmptyItems(doc: RichText): RichText {
  return { ...doc, content: pruned(doc.content) };
}
