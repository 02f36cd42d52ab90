import { useState } from 'react';

/**
 * Which records of a RecordList are folded to their bar, for its `collapse` prop: all start
 * open (every field in view), and the user may fold one or all of them.
 */
export function useFoldedRecords(ids: readonly string[]) {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const collapse = {
    isExpanded: (id: string) => !folded.has(id),
    setExpanded: (id: string, isExpanded: boolean) =>
      setFolded((current) => {
        const next = new Set(current);
        if (isExpanded) next.delete(id);
        else next.add(id);
        return next;
      }),
  };
  const isAllFolded = ids.length > 0 && ids.every((id) => folded.has(id));
  const toggleAll = () => setFolded(isAllFolded ? new Set() : new Set(ids));
  return { collapse, isAllFolded, toggleAll };
}
