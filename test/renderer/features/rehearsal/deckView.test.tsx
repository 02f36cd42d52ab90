import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeckView } from '../../../../renderer/features/rehearsal/deck/DeckView';
import { StoreProvider } from '../../../../renderer/store/StoreProvider';
import { createTestStore } from '../../store/testStore';

async function renderDeck() {
  const setup = await createTestStore();
  render(
    <StoreProvider store={setup.store}>
      <DeckView />
    </StoreProvider>,
  );
  await screen.findByText('Showing all 67 questions.');
  return setup;
}

describe('the challenge deck', () => {
  it('adds a question with its tags, and edits it in place', async () => {
    const user = userEvent.setup();
    const { db } = await renderDeck();
    await user.type(
      screen.getByRole('textbox', { name: 'Add your own question' }),
      'What breaks first at ten times the traffic?',
    );
    await user.click(screen.getByText(/Where it fits/));
    await user.click(screen.getAllByRole('checkbox', { name: 'Broader and product impact' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(await screen.findByText('Showing all 68 questions.')).toBeInTheDocument();
    expect((await db.questions.toArray()).map((q) => [q.text, q.tags])).toEqual([
      ['What breaks first at ten times the traffic?', ['impact']],
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'own');
    const item = screen.getByText('What breaks first at ten times the traffic?').closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Edit' }));
    const field = screen.getByRole('textbox', { name: 'Edit your question' });
    await user.clear(field);
    await user.type(field, 'What breaks first at a hundred times the traffic?');
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    // Wait for the form to close first: until the save lands, the text is still the field's own.
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Edit your question' })).not.toBeInTheDocument());
    expect(within(item).getByText('What breaks first at a hundred times the traffic?')).toBeInTheDocument();
    expect((await db.questions.toArray())[0]?.text).toBe('What breaks first at a hundred times the traffic?');
    // Focus comes back to the Edit button the form replaced, not to the top of the page.
    await waitFor(() => expect(within(item).getByRole('button', { name: 'Edit' })).toHaveFocus());
  });

  it('refuses an empty question with a message that says what to do', async () => {
    const user = userEvent.setup();
    await renderDeck();
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write the question first.');
  });

  it('filters by where a question fits and by its words', async () => {
    const user = userEvent.setup();
    await renderDeck();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fits' }), 'behavioural');
    const shown = screen.getByRole('status').textContent ?? '';
    const count = Number(/Showing (\d+) of 67/.exec(shown)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(67);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzz-no-such-words');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 67 questions.');
  });
});
