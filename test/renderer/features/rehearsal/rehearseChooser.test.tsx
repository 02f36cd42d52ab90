/*
 * The rehearse page opened before the library has been read (a first launch that lands on
 * #/rehearse): the run cannot start until the stories are known, so it never starts with "no
 * story" by accident, and then the latest story is the one chosen.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import RehearseView from '../../../../renderer/features/rehearsal/RehearseView';
import { StoreProvider } from '../../../../renderer/store/StoreProvider';
import { createTestStore } from '../../store/testStore';

describe('the rehearse chooser', () => {
  it('opens no run until the library has been read, then offers the latest story', async () => {
    const setup = await createTestStore();
    const id = await setup.store.getState().createStory('Sparse attention');
    setup.store.setState({ summaries: [], libraryStatus: 'loading' });
    render(
      <StoreProvider store={setup.store}>
        <RehearseView storyId={null} />
      </StoreProvider>,
    );
    const open = await screen.findByRole('button', { name: 'Open the run screen' });
    expect(open).toBeDisabled();
    await setup.store.getState().loadLibrary();
    await waitFor(() => expect(open).toBeEnabled());
    expect(screen.getByLabelText('Story')).toHaveValue(id);
  });
});
