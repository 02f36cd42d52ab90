import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { createTestStore } from '../store/testStore';

async function renderApp() {
  const setup = await createTestStore();
  await setup.store.getState().loadLibrary();
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  return setup;
}

describe('the library', () => {
  it('invites a newcomer to create a first story', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { name: 'Start with the story of one project' })).toBeInTheDocument();
  });

  it('creates a story from the dialog and opens it', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'New story' }));
    const dialog = screen.getByRole('dialog', { name: 'New story' });
    await user.type(within(dialog).getByLabelText('Title'), 'Sparse attention');
    await user.selectOptions(within(dialog).getByLabelText('Preparing for'), 'thesisDefense');
    await user.click(within(dialog).getByRole('button', { name: 'Create story' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/story\/[\w-]+\/fieldMap$/));
    expect(await screen.findByLabelText('Story title')).toHaveValue('Sparse attention');
    expect(screen.getByLabelText('Preparing for')).toHaveValue('thesisDefense');
  });

  it('refuses an empty title with a message that says what to do', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'New story' }));
    await user.click(screen.getByRole('button', { name: 'Create story' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the story a title');
  });

  it('renames in place with Enter and cancels with Escape', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await store.getState().createStory('Before');
    await user.click(await screen.findByRole('button', { name: 'Rename “Before”' }));
    await user.clear(screen.getByLabelText('New title'));
    await user.type(screen.getByLabelText('New title'), 'After{Enter}');
    expect(await screen.findByRole('link', { name: 'After' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rename “After”' }));
    await user.type(screen.getByLabelText('New title'), ' and more{Escape}');
    expect(screen.getByRole('link', { name: 'After' })).toBeInTheDocument();
    // Keyboard users carry on from where they were, not from the top of the page.
    expect(screen.getByRole('button', { name: 'Rename “After”' })).toHaveFocus();
  });

  it('searches titles and text, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await store.getState().createStory('Diffusion for proteins');
    await store.getState().createStory('Bandits in ads');
    await user.type(await screen.findByLabelText('Search stories'), 'protein');
    await waitFor(() => expect(screen.getAllByTestId('story-card')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Diffusion for proteins' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search stories'));
    await user.type(screen.getByLabelText('Search stories'), 'zebra');
    expect(await screen.findByText('No story mentions “zebra”.')).toBeInTheDocument();
  });

  it('deletes to the trash with an undo', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await store.getState().createStory('Short-lived');
    await user.click(await screen.findByRole('button', { name: 'Delete “Short-lived”' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Short-lived' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Short-lived' })).toBeInTheDocument();
  });

  it('keeps keyboard focus in the list when a story is deleted', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await store.getState().createStory('Stays');
    await store.getState().createStory('Goes');
    await user.click(await screen.findByRole('button', { name: 'Delete “Goes”' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Stays' })).toHaveFocus());
  });
});

describe('the library on first launch', () => {
  it('says nothing of an empty library until the sample is seeded and read, then welcomes', async () => {
    window.location.hash = '#/';
    const { store } = await createTestStore();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Your stories' })).toBeInTheDocument();
    expect(screen.queryByText('Nothing here yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Start with the story of one project' })).not.toBeInTheDocument();
    // As at start (renderer/main.tsx): the sample goes in, then the library is read.
    await act(async () => {
      await store.getState().seedSampleOnce();
      await store.getState().refreshLibrary();
    });
    expect(await screen.findByRole('heading', { name: 'Welcome to Viva' })).toBeInTheDocument();
    expect(screen.getByText('1 story, most recently edited first.')).toBeInTheDocument();
    expect(screen.queryByText('Nothing here yet.')).not.toBeInTheDocument();
  });
});
