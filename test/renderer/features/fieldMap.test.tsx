import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStory } from './renderStory';

describe('the field map section', () => {
  it('shows every field with what a panel expects there', async () => {
    await renderStory('fieldMap');
    for (const label of [
      'Broad field',
      'Scoped sub-area',
      'Core task',
      'Central technical challenge',
      'What changed recently',
      'The real user',
      'Quality bar',
      'Latency',
      'Cost',
      'Privacy',
      'Monitoring',
    ]) {
      expect(screen.getAllByText(label).length, label).toBeGreaterThan(0);
    }
    expect(screen.getByText('A corner of that field narrow enough that you could name its ten key papers.')).toBeInTheDocument();
  });

  it('saves typed text to the story', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('fieldMap');
    await user.type(screen.getByLabelText('Broad field'), 'Natural language processing');
    await user.type(screen.getByLabelText('Latency'), 'Under 10 s at p95');
    const story = await stored();
    expect(story.fieldMap.broadField).toBe('Natural language processing');
    expect(story.fieldMap.constraints.latency).toBe('Under 10 s at p95');
  });

  it('keeps a one-line field on one line: Enter adds no break and pasted breaks become spaces', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('fieldMap');
    const subArea = screen.getByLabelText('Scoped sub-area');
    await user.type(subArea, 'Retrieval for{Enter} legal search');
    await user.paste('\nin German\r\ncase law');
    expect(subArea).toHaveValue('Retrieval for legal search in German case law');
    expect((await stored()).fieldMap.subArea).toBe('Retrieval for legal search in German case law');
  });

  it('adds, fills, reorders with the keyboard and deletes evidence, with undo', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('fieldMap');
    await user.click(screen.getByRole('button', { name: '+ Add evidence item' }));
    await user.selectOptions(screen.getByLabelText('Kind'), 'failure');
    await user.type(screen.getAllByLabelText('What you did')[0]!, 'Debugged a collapse');
    await user.click(screen.getByRole('button', { name: '+ Add evidence item' }));
    await user.type(screen.getAllByLabelText('What you did')[1]!, 'Built an eval set');

    // Alt+↑ inside the second record moves it first, keeping focus where it was.
    const second = screen.getAllByLabelText('What you did')[1]!;
    second.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect((await stored()).fieldMap.evidence.map((e) => e.done)).toEqual(['Built an eval set', 'Debugged a collapse']);
    expect(document.activeElement).toBe(screen.getAllByLabelText('What you did')[0]);

    await user.click(screen.getByRole('button', { name: /Delete evidence 2/ }));
    expect((await stored()).fieldMap.evidence.map((e) => e.done)).toEqual(['Built an eval set']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const evidence = (await stored()).fieldMap.evidence;
    expect(evidence.map((e) => [e.done, e.kind])).toEqual([
      ['Built an eval set', 'model'],
      ['Debugged a collapse', 'failure'],
    ]);
  });

  it('moves records with the arrow buttons too', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('fieldMap');
    for (const text of ['one', 'two']) {
      await user.click(screen.getByRole('button', { name: '+ Add evidence item' }));
      await user.type(screen.getAllByLabelText('What you did').at(-1)!, text);
    }
    const records = screen.getAllByTestId('record');
    await user.click(within(records[0]!).getByRole('button', { name: /Move evidence 1 .* down/ }));
    expect((await stored()).fieldMap.evidence.map((e) => e.done)).toEqual(['two', 'one']);
    expect(within(screen.getAllByTestId('record')[0]!).getByRole('button', { name: /up/ })).toBeDisabled();
  });

  it('counts filled fields in the section navigation', async () => {
    const user = userEvent.setup();
    const { store } = await renderStory('fieldMap');
    expect(screen.getByRole('link', { name: /^Field map\s?, 0 of 12 filled$/ })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Broad field'), 'NLP');
    await store.getState().flushSave();
    expect(await screen.findByRole('link', { name: /^Field map\s?, 1 of 12 filled$/ })).toBeInTheDocument();
  });
});
