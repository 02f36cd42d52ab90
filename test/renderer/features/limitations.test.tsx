import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStory } from './renderStory';

// Typing key by key through the whole app is slow on a busy machine: allow more than the default 5 s.
describe('the limitations section', { timeout: 15_000 }, () => {
  it('shows every field with what a panel expects there', async () => {
    await renderStory('limitations');
    for (const label of [
      'Failure modes',
      'Assumptions',
      'Trade-offs',
      'The most informative experiment not yet run',
      'Expected outcome',
      'What I would do differently',
      'Measured',
      'Believed, not yet measured',
      'With 10× the compute',
      'With a tenth of the compute',
      'What to watch online',
      'First failure mode to guard against',
    ]) {
      expect(screen.getAllByText(label).length, label).toBeGreaterThan(0);
    }
    expect(screen.getByText(/No failure mode yet/)).toBeInTheDocument();
  });

  it('saves typed text to the story', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('limitations');
    await user.type(screen.getByLabelText('The most informative experiment not yet run'), 'Rerun at 60 %');
    await user.type(screen.getByLabelText('Expected outcome'), 'About 60 %');
    await user.type(screen.getByLabelText('With a tenth of the compute'), 'BM25');
    await user.type(screen.getByLabelText('First failure mode to guard against'), 'Scans');
    const l = (await stored()).limitations;
    expect(l.nextExperiment).toBe('Rerun at 60 %');
    expect(l.nextExpected).toBe('About 60 %');
    expect(l.computeDown).toBe('BM25');
    expect(l.deployGuard).toBe('Scans');
  });

  it('adds failure modes with their evidence, reorders and deletes one, with undo', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('limitations');
    const add = screen.getByRole('button', { name: '+ Add failure mode' });
    await user.click(add);
    expect(screen.getByLabelText('Where it breaks')).toHaveFocus();
    await user.keyboard('Pronouns');
    await user.type(screen.getByLabelText('Evidence'), '38 %');
    await user.click(add);
    await user.keyboard('Scans');

    screen.getAllByLabelText('Where it breaks')[1]!.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect((await stored()).limitations.failureModes.map((m) => m.where)).toEqual(['Scans', 'Pronouns']);

    const records = screen.getAllByTestId('record');
    await user.click(within(records[1]!).getByRole('button', { name: 'Delete failure mode 2: Pronouns' }));
    expect((await stored()).limitations.failureModes.map((m) => m.where)).toEqual(['Scans']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const modes = (await stored()).limitations.failureModes;
    expect(modes.map((m) => [m.where, m.evidence])).toEqual([
      ['Scans', ''],
      ['Pronouns', '38 %'],
    ]);
  });

  it('folds a failure mode to its bar, or all of them, keeping what was typed', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('limitations');
    const add = screen.getByRole('button', { name: '+ Add failure mode' });
    await user.click(add);
    await user.keyboard('Pronouns');
    await user.click(add);
    await user.keyboard('Scans');

    const first = screen.getByRole('button', { name: 'failure mode 1: Pronouns' });
    expect(first).toHaveAttribute('aria-expanded', 'true');
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByLabelText('Where it breaks')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Fold all failure modes' }));
    expect(screen.queryByLabelText('Where it breaks')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unfold all failure modes' }));
    expect(screen.getAllByLabelText('Where it breaks').map((f) => (f as HTMLTextAreaElement).value)).toEqual([
      'Pronouns',
      'Scans',
    ]);
    expect((await stored()).limitations.failureModes.map((m) => m.where)).toEqual(['Pronouns', 'Scans']);
  });
});
