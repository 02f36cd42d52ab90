import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { runCommand } from '../../../renderer/commands/appCommands';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { SAMPLE_TITLE } from '../../../shared/content/sample/sampleStory';
import { createTestStore } from '../store/testStore';

async function renderLibrary() {
  const setup = await createTestStore();
  await setup.store.getState().loadLibrary();
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  return setup;
}

describe('opening the sample story', () => {
  beforeEach(() => {
    window.location.hash = '#/';
  });

  it('runs from the Help menu command: a fresh copy, opened at its field map', async () => {
    const { store } = await renderLibrary();
    await act(async () => runCommand('openSample', { store, route: { name: 'library' } }));
    expect(await screen.findByDisplayValue(SAMPLE_TITLE)).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Efficient inference for large language models')).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/story\/[\w-]+\/fieldMap$/);
    expect(store.getState().summaries.filter((s) => s.isSample)).toHaveLength(1);
  });

  it('is offered from the empty library, and from a library without it', async () => {
    const user = userEvent.setup();
    const { store } = await renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Open the sample story' }));
    expect(await screen.findByDisplayValue(SAMPLE_TITLE)).toBeInTheDocument();

    await act(async () => {
      window.location.hash = '#/';
      await store.getState().trashStory(store.getState().summaries[0]!.id);
      await store.getState().createStory('My own project');
    });
    expect(await screen.findByText('Want to see what a finished story looks like?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the sample story' }));
    expect(await screen.findByDisplayValue(SAMPLE_TITLE)).toBeInTheDocument();
  });
});
