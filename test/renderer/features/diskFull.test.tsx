import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeStorageError, isQuotaError } from '../../../renderer/data/describeStorageError';
import { renderStory } from './renderStory';

/** What IndexedDB throws when the disk (or the browser's allowance) is full. */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full disk while typing', () => {
  it('says plainly that there is no room, keeps what was saved and what was typed, and saves once there is room', async () => {
    const user = userEvent.setup();
    const { services, db, storyId, store } = await renderStory('fieldMap');
    const field = screen.getByLabelText('Broad field');
    await user.type(field, 'Robotics');
    await store.getState().flushSave();
    expect((await db.stories.get(storyId))?.fieldMap.broadField).toBe('Robotics');

    const save = vi.spyOn(services.stories, 'save').mockRejectedValue(quotaError());
    await user.type(field, ' and control');
    const indicator = screen.getByTestId('save-indicator');
    await vi.waitFor(() => expect(indicator).toHaveAttribute('data-state', 'error'), { timeout: 3000 });
    expect(indicator).toHaveTextContent('Not saved');
    expect(indicator).toHaveTextContent('no room left to save');
    expect(indicator).toHaveTextContent('Your text is kept and Viva will retry');
    // Nothing already saved was touched, and the typed text is still on screen.
    expect((await db.stories.get(storyId))?.fieldMap.broadField).toBe('Robotics');
    expect(field).toHaveValue('Robotics and control');

    save.mockRestore();
    await vi.waitFor(() => expect(indicator).toHaveAttribute('data-state', 'saved'), { timeout: 8000 });
    expect((await db.stories.get(storyId))?.fieldMap.broadField).toBe('Robotics and control');
  }, 15_000);
});

describe('describeStorageError', () => {
  it('recognises a quota error, bare or wrapped by Dexie', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError(new Error('constraint failed'))).toBe(false);
  });

  it('passes other errors on as a sentence', () => {
    expect(describeStorageError(new Error('The story is invalid'))).toBe('The story is invalid.');
  });
});
