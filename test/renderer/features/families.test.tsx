import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStory } from './renderStory';

type Setup = Awaited<ReturnType<typeof renderStory>>;
type User = ReturnType<typeof userEvent.setup>;

/** Add a family and name it; the name reaches the matrix once saved. */
async function addFamily(user: User, setup: Setup, name: string) {
  await user.click(screen.getByRole('button', { name: '+ Add family' }));
  await user.type(screen.getAllByLabelText('Name').at(-1)!, name);
  await setup.stored();
}

// Each test types a good deal through user-event; on a busy machine that can pass 5 s.
describe('the method families section', { timeout: 20_000 }, () => {
  it('shows every field of a family with what a panel expects, and the usual groupings', async () => {
    const user = userEvent.setup();
    await renderStory('families');
    expect(screen.getByText(/No families yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Add family' }));
    // The new family's name has focus, ready to type.
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    for (const label of [
      'Underlying idea',
      'Representative methods or papers',
      'What it solves',
      'Why it works',
      'Where it fails',
      'What it assumes',
      'Your own experience',
      'Wins when…',
    ]) {
      expect(screen.getAllByText(label).length, label).toBeGreaterThan(0);
    }
    expect(screen.getByText('One sentence on the mechanism all its members share.')).toBeInTheDocument();
    expect(screen.getByText(/Every family fails somewhere/)).toBeInTheDocument();
    await user.click(screen.getByText(/The usual families of ML methods/));
    expect(screen.getByText('Data-centric methods')).toBeVisible();
    expect(screen.getByText('Inference and systems')).toBeVisible();
  });

  it('saves a family and its "wins when" conditions, Enter starting the next one', async () => {
    const user = userEvent.setup();
    const setup = await renderStory('families');
    await addFamily(user, setup, 'Dense retrieval');
    await user.type(screen.getByLabelText('Where it fails'), 'Rare entity names');
    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    await user.keyboard('questions are paraphrased{Enter}the index can be rebuilt nightly');
    const [family] = (await setup.stored()).families.items;
    expect(family?.name).toBe('Dense retrieval');
    expect(family?.failsWhere).toBe('Rare entity names');
    expect(family?.winsWhen.map((w) => w.text)).toEqual(['questions are paraphrased', 'the index can be rebuilt nightly']);

    await user.click(screen.getByRole('button', { name: 'Delete condition 1 of Dense retrieval' }));
    expect((await setup.stored()).families.items[0]?.winsWhen.map((w) => w.text)).toEqual(['the index can be rebuilt nightly']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((await setup.stored()).families.items[0]?.winsWhen).toHaveLength(2);
  });

  it('rates a cell of the matrix with a note, and counts what is rated', async () => {
    const user = userEvent.setup();
    const setup = await renderStory('families');
    await addFamily(user, setup, 'Dense retrieval');
    expect(screen.getByText('0 of 6 cells rated')).toBeInTheDocument();
    expect(screen.getByText(/Rated on 0 of 6 axes/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rate it in the matrix' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Rating of Dense retrieval on Quality'));
    await user.selectOptions(screen.getByLabelText('Rating of Dense retrieval on Latency'), '4');
    await user.type(screen.getByLabelText('Note on Dense retrieval on Latency'), '120 ms per query');
    const story = await setup.stored();
    const latency = story.families.axes.find((axis) => axis.name === 'Latency')!;
    expect(story.families.items[0]?.ratings[latency.id]).toEqual({ score: 4, note: '120 ms per query' });
    expect(screen.getByText('1 of 6 cells rated')).toBeInTheDocument();
    expect(screen.getByText('1/6 rated')).toBeInTheDocument();

    // A note typed into a cell with no rating yet is kept too.
    await user.type(screen.getByLabelText('Note on Dense retrieval on Quality'), 'best on multi-hop');
    const quality = story.families.axes.find((axis) => axis.name === 'Quality')!;
    expect((await setup.stored()).families.items[0]?.ratings[quality.id]).toEqual({ score: null, note: 'best on multi-hop' });
  });

  it('renames, reorders and removes axes, keeping every rating, with undo', async () => {
    const user = userEvent.setup();
    const setup = await renderStory('families');
    await addFamily(user, setup, 'Sparse retrieval');
    await user.selectOptions(screen.getByLabelText('Rating of Sparse retrieval on Latency'), '5');

    const latencyName = screen.getByLabelText('Name of axis 4');
    await user.clear(latencyName);
    await user.type(latencyName, 'p95 latency');
    await setup.stored();
    expect(screen.getByRole('columnheader', { name: 'p95 latency' })).toBeInTheDocument();
    expect(screen.getByLabelText('Rating of Sparse retrieval on p95 latency')).toHaveValue('5');

    // Alt+↑ in the axis name moves the axis (and its column) up, focus staying on it.
    screen.getByLabelText('Name of axis 4').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    let story = await setup.stored();
    expect(story.families.axes.map((a) => a.name).slice(2, 4)).toEqual(['p95 latency', 'Compute efficiency']);
    expect(document.activeElement).toBe(screen.getByLabelText('Name of axis 3'));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(1, 5)).toEqual(['Quality', 'Sample efficiency', 'p95 latency', 'Compute efficiency']);

    await user.click(screen.getByRole('button', { name: 'Remove axis p95 latency' }));
    expect(await screen.findByText('Removed the axis “p95 latency” and its rating.')).toBeInTheDocument();
    story = await setup.stored();
    expect(story.families.axes.map((a) => a.name)).not.toContain('p95 latency');
    expect(Object.keys(story.families.items[0]!.ratings)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    story = await setup.stored();
    const axis = story.families.axes[2]!;
    expect(axis.name).toBe('p95 latency');
    expect(story.families.items[0]?.ratings[axis.id]?.score).toBe(5);
  });

  it('adds an axis that becomes a column, and warns about two axes with one name', async () => {
    const user = userEvent.setup();
    const setup = await renderStory('families');
    await addFamily(user, setup, 'Long context');
    await user.click(screen.getByRole('button', { name: '+ Add axis' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Name of axis 7'));
    await user.keyboard('quality');
    await setup.stored();
    expect(screen.getByLabelText('Rating of Long context on quality')).toBeInTheDocument();
    expect(screen.getByText(/“Quality” names more than one axis/)).toBeInTheDocument();
  });

  it('reorders families with the keyboard and deletes one with undo', async () => {
    const user = userEvent.setup();
    const setup = await renderStory('families');
    await addFamily(user, setup, 'Sparse');
    await addFamily(user, setup, 'Dense');
    await user.selectOptions(screen.getByLabelText('Rating of Dense on Quality'), '3');

    screen.getAllByLabelText('Name')[1]!.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect((await setup.stored()).families.items.map((f) => f.name)).toEqual(['Dense', 'Sparse']);
    const rows = within(screen.getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((row) => row.textContent)).toEqual(['Dense', 'Sparse']);

    await user.click(screen.getByRole('button', { name: 'Delete Dense' }));
    expect((await setup.stored()).families.items.map((f) => f.name)).toEqual(['Sparse']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const items = (await setup.stored()).families.items;
    expect(items.map((f) => f.name)).toEqual(['Dense', 'Sparse']);
    expect(screen.getByLabelText('Rating of Dense on Quality')).toHaveValue('3');
  });

  it('folds every family to its bar and back, keeping what was typed', async () => {
    const user = userEvent.setup();
    const setup = await renderStory('families');
    await addFamily(user, setup, 'Sparse');
    await addFamily(user, setup, 'Dense');
    await user.click(screen.getByRole('button', { name: 'Fold all families' }));
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dense' })).toHaveAttribute('aria-expanded', 'false');
    // Folded families are still in the matrix.
    expect(screen.getByLabelText('Rating of Dense on Quality')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unfold all families' }));
    expect(screen.getAllByLabelText('Name').map((input) => (input as HTMLInputElement).value)).toEqual(['Sparse', 'Dense']);
  });
});
