import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, emptyHistory, recordChange, takeRedo, takeUndo, takeUndoOf } from '../../../shared/undo/undoHistory';

describe('the undo history', () => {
  it('undoes newest first and redoes what was undone', () => {
    let history = recordChange(recordChange(emptyHistory<string>(), 'add'), 'delete');
    const undo = takeUndo(history);
    expect(undo?.entry).toBe('delete');
    history = undo!.history;
    expect(takeRedo(history)?.entry).toBe('delete');
    expect(takeUndo(history)?.entry).toBe('add');
  });

  it('a new change after an undo drops the redo stack', () => {
    const undone = takeUndo(recordChange(emptyHistory<string>(), 'add'))!.history;
    expect(takeRedo(recordChange(undone, 'rate'))).toBeNull();
  });

  it(`keeps the last ${UNDO_LIMIT} changes, and no more`, () => {
    let history = emptyHistory<number>();
    for (let i = 0; i < UNDO_LIMIT + 20; i += 1) history = recordChange(history, i);
    expect(history.done).toHaveLength(UNDO_LIMIT);
    expect(history.done[0]).toBe(20);
  });

  it('undoes one particular change out of turn (a notice pressed late), which can then be redone', () => {
    const history = recordChange(recordChange(emptyHistory<string>(), 'delete'), 'rate');
    const taken = takeUndoOf(history, (e) => e === 'delete');
    expect(taken?.history.done).toEqual(['rate']);
    expect(takeRedo(taken!.history)?.entry).toBe('delete');
    expect(takeUndoOf(taken!.history, (e) => e === 'delete')).toBeNull();
  });

  it('has nothing to undo or redo when empty', () => {
    expect(takeUndo(emptyHistory())).toBeNull();
    expect(takeRedo(emptyHistory())).toBeNull();
  });
});
