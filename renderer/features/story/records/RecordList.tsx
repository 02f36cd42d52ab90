import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { moveItem, removeById } from '../../../../shared/story/listOps';
import { getAt, updateAt, type Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { useDocumentWriter } from '../fields/documentWriter';
import { fieldDomId } from '../fields/fieldDomId';
import './records.css';

interface RecordListProps<T extends { id: string }> {
  /** The list's path in the story, e.g. ['fieldMap', 'evidence']. */
  path: Path;
  items: readonly T[];
  /** What one record is called, for buttons and messages ("evidence item"). */
  noun: string;
  /** The plural of noun, when adding an "s" is wrong ("families"). */
  nounPlural?: string;
  /** A short title of a record, for button names and the undo message. */
  titleOf(item: T, index: number): string;
  create(): T;
  /** The path of the field to focus in a new record. */
  firstFieldPath?(item: T): Path;
  renderItem(item: T, index: number): ReactNode;
  emptyText: string;
  /** Extra controls per record, beside move and delete. */
  renderActions?(item: T, index: number): ReactNode;
  /** A short summary shown in the record's bar, e.g. a timing or a status. */
  renderSummary?(item: T, index: number): ReactNode;
  /**
   * Records that fold to their bar: the title becomes a disclosure button and a folded record's
   * body is not rendered. The caller owns which records are open; new records open.
   */
  collapse?: { isExpanded(id: string): boolean; setExpanded(id: string, isExpanded: boolean): void };
  /** Most records the list may hold (the schema's limit); adding past it is refused with a reason. */
  maxItems?: number;
  /** Whether a record may be deleted (built-in records may not); all may by default. */
  canDelete?(item: T): boolean;
}

/**
 * A list of structured records edited in place: add, delete (with undo), and reorder with the
 * mouse (drag the handle, or the arrow buttons) or the keyboard (Alt+↑/↓ inside a record).
 */
export function RecordList<T extends { id: string }>(props: RecordListProps<T>) {
  const { path, items, noun, titleOf, create, firstFieldPath, renderItem, emptyText, renderActions, renderSummary } = props;
  const { collapse, maxItems = Infinity, canDelete = () => true, nounPlural = `${noun}s` } = props;
  const writer = useDocumentWriter();
  const notify = useApp((s) => s.notify);
  const undoChange = useApp((s) => s.undoChange);
  // An id, or the element itself when it has none (a rich-text editor): moving a record in the
  // DOM drops focus from whatever it held, so it is handed back after the render.
  const focusAfter = useRef<string | HTMLElement | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const isFull = items.length >= maxItems;

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const element = typeof target === 'string' ? document.getElementById(target) : target;
    if (element?.isConnected && document.activeElement !== element) element.focus();
  });

  const update = (recipe: (list: T[]) => T[], label: string) =>
    writer.change((root) => updateAt(root, path, recipe((getAt(root, path) as T[]) ?? [])), label);

  const add = () => {
    if (isFull) return;
    const item = create();
    collapse?.setExpanded(item.id, true);
    update((list) => [...list, item], `added ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`);
    focusAfter.current = firstFieldPath ? fieldDomId(firstFieldPath(item)) : `record-${item.id}`;
  };

  const remove = (item: T, index: number) => {
    const title = titleOf(item, index);
    const entry = update((list) => removeById(list, item.id), `deleted ${title}`);
    if (entry === null) return;
    notify(`Deleted ${title}.`, 'info', { label: 'Undo', run: () => void undoChange(entry) });
  };

  const move = (index: number, to: number, focusId?: string) => {
    if (to < 0 || to >= items.length) return;
    update((list) => moveItem(list, index, to), `moved ${titleOf(items[index] as T, index)}`);
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusAfter.current = focusId ?? (active?.id || active);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const from = items.findIndex((item) => item.id === dragging);
    setDragging(null);
    if (from !== -1 && from !== index) move(from, index);
  };

  return (
    <div className="record-list">
      {items.length === 0 && <p className="record-empty">{emptyText}</p>}
      <ol className="records" aria-label={`${nounPlural[0]?.toUpperCase()}${nounPlural.slice(1)}`}>
        {items.map((item, index) => {
          const title = titleOf(item, index);
          const isOpen = collapse ? collapse.isExpanded(item.id) : true;
          return (
            <li
              key={item.id}
              id={`record-${item.id}`}
              tabIndex={-1}
              className={dragging === item.id ? 'record is-dragging' : 'record'}
              onKeyDown={(e) => onKeyDown(e, index)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, index)}
              data-testid="record"
            >
              <div className="record-bar">
                <span
                  className="record-handle"
                  draggable
                  aria-hidden="true"
                  title="Drag to reorder"
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(item.id);
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  ⠿
                </span>
                {collapse ? (
                  <button
                    type="button"
                    id={`record-${item.id}-toggle`}
                    className="record-toggle"
                    aria-expanded={isOpen}
                    aria-controls={`record-${item.id}-body`}
                    onClick={() => collapse.setExpanded(item.id, !isOpen)}
                  >
                    <span className="record-chevron" aria-hidden="true" />
                    <span className="record-title">{title}</span>
                  </button>
                ) : (
                  <span className="record-title">{title}</span>
                )}
                {renderSummary && <span className="record-summary">{renderSummary(item, index)}</span>}
                <span className="record-actions">
                  {renderActions?.(item, index)}
                  <button
                    type="button"
                    id={`record-${item.id}-up`}
                    className="button button-quiet icon-button"
                    aria-label={`Move ${title} up`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, `record-${item.id}-up`)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={`record-${item.id}-down`}
                    className="button button-quiet icon-button"
                    aria-label={`Move ${title} down`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1, `record-${item.id}-down`)}
                  >
                    ↓
                  </button>
                  {canDelete(item) ? (
                    <button
                      type="button"
                      className="button button-quiet icon-button button-danger"
                      aria-label={`Delete ${title}`}
                      onClick={() => remove(item, index)}
                    >
                      ×
                    </button>
                  ) : (
                    // Holds the delete button's place, so the move buttons line up down the list.
                    <span className="record-action-spacer" aria-hidden="true" />
                  )}
                </span>
              </div>
              {isOpen && (
                <div className="record-body" id={`record-${item.id}-body`}>
                  {renderItem(item, index)}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${fieldDomId(path)}-add`} className="button record-add" onClick={add} disabled={isFull}>
        + Add {noun}
      </button>
      {isFull && (
        <p className="record-limit">
          A list holds at most {maxItems} {nounPlural}: delete one to add another.
        </p>
      )}
    </div>
  );
}
