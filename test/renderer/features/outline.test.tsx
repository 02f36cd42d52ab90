import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEATS } from '../../../shared/model/outline';
import { docFromText, plainText } from '../../../shared/model/richText';
import { updateAt } from '../../../shared/story/updateAt';
import { renderStory } from './renderStory';

const beatTitles = () =>
  screen.getAllByTestId('record').map((r) => within(r).getByRole('button', { expanded: true }).textContent);

describe('the talk outline section', { timeout: 15_000 }, () => {
  it('starts from the default beats in order, each with its budget, and the totals against the talk', async () => {
    await renderStory('outline');
    expect(beatTitles()).toEqual(DEFAULT_BEATS.map((b, i) => `beat ${i + 1}: ${b.title}`));
    expect(screen.getAllByTestId('beat-summary')[0]).toHaveTextContent('no notes · 2:00 budget');
    const totals = screen.getByTestId('outline-totals');
    expect(totals).toHaveTextContent('20:00 of 20:00 · matches the talk length');
    expect(totals).toHaveTextContent('no notes yet');
    expect(totals).toHaveTextContent('0 words at 140 words a minute');
  });

  it('reorders beats with Alt+↑ from inside a beat and keeps focus there', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('outline');
    const titles = screen.getAllByLabelText('Slide title');
    await user.clear(titles[1]!);
    await user.type(titles[1]!, 'Nobody compares at equal compute');
    titles[1]!.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    const beats = (await stored()).outline.beats;
    expect(beats.map((b) => b.title).slice(0, 2)).toEqual(['Nobody compares at equal compute', 'Problem and motivation']);
    expect(document.activeElement).toBe(screen.getAllByLabelText('Slide title')[0]);
    expect(beatTitles()[0]).toBe('beat 1: Nobody compares at equal compute');
  });

  it('shows the estimate in words and flags a beat over its budget', async () => {
    const { store } = await renderStory('outline');
    const long = Array.from({ length: 350 }, () => 'word').join(' ');
    act(() =>
      store
        .getState()
        .changeStory((s) => updateAt(s, ['outline', 'beats', { id: s.outline.beats[0]!.id }, 'notes'], docFromText(long))),
    );
    expect(screen.getAllByTestId('beat-summary')[0]).toHaveTextContent('2:30 of 2:00 · 0:30 over');
    expect(screen.getAllByTestId('beat-timing')[0]).toHaveTextContent(
      'About 2:30 to say (350 words at 140 wpm) · 0:30 over the 2:00 budget',
    );
    expect(screen.getByTestId('outline-totals')).toHaveTextContent('1 beat runs over its budget');
  });

  it('follows the notes while they are typed, before anything is saved', async () => {
    const user = userEvent.setup();
    const { store } = await renderStory('outline');
    const notes = screen.getByRole('textbox', { name: 'Speaker notes beat 1: Problem and motivation' });
    await user.click(notes);
    await user.keyboard('Analysts read every filing by hand today');
    await waitFor(() =>
      expect(screen.getAllByTestId('beat-timing')[0]).toHaveTextContent(
        'About 0:03 to say (7 words at 140 wpm) · fits the 2:00 budget',
      ),
    );
    expect(screen.getAllByTestId('beat-summary')[0]).toHaveTextContent('0:03 of 2:00 · fits');
    expect(screen.getByTestId('outline-totals')).toHaveTextContent('7 words at 140 words a minute');
    expect(store.getState().story!.outline.beats[0]!.notes.content[0]!.content).toBeUndefined();
  });

  it('takes a budget as minutes:seconds, refuses a bad one with the reason, and can fit budgets to the talk', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('outline');
    const budget = screen.getAllByLabelText('Time budget')[0]!;
    await user.clear(budget);
    await user.type(budget, 'soon{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('The budget stays 2:00 until then.');
    await user.clear(budget);
    await user.type(budget, '4:00{Enter}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await stored()).outline.beats[0]!.budgetMs).toBe(240_000);
    expect(screen.getByTestId('outline-totals')).toHaveTextContent('22:00 of 20:00 · 2:00 over the talk length');

    await user.click(screen.getByRole('button', { name: 'Fit budgets to 20 minutes' }));
    const budgets = (await stored()).outline.beats.map((b) => b.budgetMs);
    expect(budgets.reduce((a, b) => a + b, 0)).toBe(20 * 60_000);
    expect(budgets[0]).toBeGreaterThan(budgets[1]!);
    expect(screen.getByTestId('outline-totals')).toHaveTextContent('matches the talk length');
  });

  it('checks the talk length', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('outline');
    const length = screen.getByLabelText('Talk length');
    await user.clear(length);
    await user.type(length, '0{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('The talk stays 20 minutes until then.');
    await user.clear(length);
    await user.type(length, '30{Enter}');
    expect((await stored()).outline.talkMs).toBe(30 * 60_000);
    expect(screen.getByTestId('outline-totals')).toHaveTextContent('20:00 of 30:00 · 10:00 of the talk not budgeted yet');
  });

  it('pulls the contribution into an empty "main idea" at once, and asks before touching written notes', async () => {
    const user = userEvent.setup();
    const { store, stored } = await renderStory('outline');
    act(() =>
      store.getState().changeStory((s) => ({
        ...s,
        contribution: { ...s.contribution, mainIdea: 'Match compute before comparing.', gap: 'Baselines get less tuning.' },
      })),
    );
    const mainIdea = () => screen.getAllByTestId('record')[2]!;
    await user.click(within(mainIdea()).getByRole('button', { name: 'Pull from Contribution into Main idea' }));
    let beat = (await stored()).outline.beats[2]!;
    expect(plainText(beat.notes)).toContain('Match compute before comparing.');
    expect(beat.bullets).toContain('Match compute before comparing.');

    // Now the beat holds words: pulling again asks, and "Add below" keeps what is there.
    act(() =>
      store
        .getState()
        .changeStory((s) => updateAt(s, ['outline', 'beats', { id: beat.id }, 'notes'], docFromText('My own opening line.'))),
    );
    await user.click(within(mainIdea()).getByRole('button', { name: 'Pull from Contribution into Main idea' }));
    const ask = within(mainIdea()).getByRole('group', { name: /already has your notes/ });
    expect(plainText((await stored()).outline.beats[2]!.notes)).toBe('My own opening line.');
    expect(within(ask).getByRole('button', { name: 'Add below' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Add below' }));
    beat = (await stored()).outline.beats[2]!;
    expect(plainText(beat.notes).startsWith('My own opening line.')).toBe(true);
    expect(plainText(beat.notes)).toContain('Match compute before comparing.');
  });

  it('closes the question with Escape, and undoes a replace', async () => {
    const user = userEvent.setup();
    const { store, stored } = await renderStory('outline');
    act(() =>
      store.getState().changeStory((s) => {
        const withIdea = { ...s, contribution: { ...s.contribution, mainIdea: 'Match compute before comparing.' } };
        return updateAt(
          withIdea,
          ['outline', 'beats', { id: s.outline.beats[2]!.id }, 'notes'],
          docFromText('My own opening line.'),
        );
      }),
    );
    const mainIdea = screen.getAllByTestId('record')[2]!;
    const pull = within(mainIdea).getByRole('button', { name: 'Pull from Contribution into Main idea' });
    await user.click(pull);
    await user.keyboard('{Escape}');
    expect(within(mainIdea).queryByRole('group', { name: /already has your notes/ })).not.toBeInTheDocument();
    expect(pull).toHaveFocus();

    await user.click(pull);
    await user.click(within(mainIdea).getByRole('button', { name: 'Replace' }));
    expect(plainText((await stored()).outline.beats[2]!.notes)).not.toContain('My own opening line.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(plainText((await stored()).outline.beats[2]!.notes)).toBe('My own opening line.');
  });

  it('says when the source section has nothing to pull', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('outline');
    await user.click(
      within(screen.getAllByTestId('record')[7]!).getByRole('button', { name: 'Pull from Limitations into Limitations' }),
    );
    expect(await screen.findByText(/Limitations has nothing to pull yet/)).toBeInTheDocument();
    expect((await stored()).outline.beats[7]!.bullets).toEqual([]);
  });

  it('edits bullets one a line, adds and deletes beats with undo', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('outline');
    await user.type(
      screen.getAllByLabelText('Slide bullets')[0]!,
      'Analysts read filings by hand{Enter}{Enter}Accuracy halves past 100k tokens',
    );
    expect((await stored()).outline.beats[0]!.bullets).toEqual([
      'Analysts read filings by hand',
      'Accuracy halves past 100k tokens',
    ]);

    await user.click(screen.getByRole('button', { name: '+ Add beat' }));
    expect(screen.getAllByLabelText('Slide title').at(-1)).toHaveFocus();
    await user.keyboard('Questions');
    expect((await stored()).outline.beats).toHaveLength(11);
    await user.click(screen.getByRole('button', { name: 'Delete beat 11: Questions' }));
    expect((await stored()).outline.beats).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((await stored()).outline.beats.at(-1)!.title).toBe('Questions');
  });
});
