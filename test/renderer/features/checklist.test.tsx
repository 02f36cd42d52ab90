import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST } from '../../../shared/content/builtinChecklist';
import { renderStory } from './renderStory';

const TOTAL = BUILTIN_CHECKLIST.length;

// Typing key by key through the whole app is slow on a busy machine: allow more than the default 5 s.
describe('the experiment checklist section', { timeout: 15_000 }, () => {
  it('lists every built-in rigor item as an open risk, with a named status group', async () => {
    await renderStory('checklist');
    expect(screen.getByTestId('open-risks')).toHaveTextContent(`${TOTAL} open risks · 0 of ${TOTAL} items settled`);
    for (const check of BUILTIN_CHECKLIST) {
      const group = screen.getByRole('group', { name: `Status of ${check.title}` });
      expect(within(group).getByRole('radio', { name: 'Not yet' })).toBeChecked();
      expect(screen.getByText(check.expectation)).toBeInTheDocument();
    }
  });

  it('updates the open-risk count when a status changes, from the mouse or the arrow keys', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('checklist');
    const seeds = screen.getByRole('group', { name: 'Status of Several seeds, with variance or confidence intervals' });
    await user.click(within(seeds).getByRole('radio', { name: 'Addressed' }));
    expect(screen.getByTestId('open-risks')).toHaveTextContent(`${TOTAL - 1} open risks · 1 of ${TOTAL} items settled`);

    // Arrow keys move the choice within a group: Not yet → Partly.
    const baselines = screen.getByRole('group', { name: 'Status of Strong, current baselines' });
    within(baselines).getByRole('radio', { name: 'Not yet' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(baselines).getByRole('radio', { name: 'Partly' })).toBeChecked();
    expect(screen.getByTestId('open-risks')).toHaveTextContent(`${TOTAL - 2} open risks`);

    await user.type(screen.getByLabelText('Evidence for Several seeds, with variance or confidence intervals'), '5 seeds');
    const items = (await stored()).checklist.items;
    const byKey = (key: string) => items.find((item) => item.builtinKey === key);
    expect(byKey('seedsVariance')).toMatchObject({ status: 'addressed', evidence: '5 seeds' });
    expect(byKey('strongBaselines')?.status).toBe('partly');
  });

  it('lets the user add, name, rate and delete their own item, with undo; built-in items cannot be deleted', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('checklist');
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '+ Add checklist item' }));
    expect(screen.getByLabelText('Your check')).toHaveFocus();
    await user.keyboard('Phone latency');
    await stored(); // saved, so the item's controls carry its new title
    const group = await screen.findByRole('group', { name: 'Status of Phone latency' });
    await user.click(within(group).getByRole('radio', { name: 'Not applicable' }));
    expect(screen.getByTestId('open-risks')).toHaveTextContent(`${TOTAL} open risks · 1 of ${TOTAL + 1} items settled`);
    const mine = (await stored()).checklist.items.at(-1);
    expect(mine).toMatchObject({ builtinKey: null, title: 'Phone latency', status: 'notApplicable' });

    await user.click(screen.getByRole('button', { name: 'Delete Phone latency' }));
    expect((await stored()).checklist.items).toHaveLength(TOTAL);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((await stored()).checklist.items.at(-1)?.title).toBe('Phone latency');
  });

  it('lists the open risks and jumps to one', async () => {
    const user = userEvent.setup();
    await renderStory('checklist');
    await user.click(screen.getByText('Show the open risks'));
    const risks = screen.getByText('Show the open risks').closest('details')!;
    expect(within(risks).getAllByRole('button')).toHaveLength(TOTAL);
    await user.click(within(risks).getByRole('button', { name: 'Sensitivity to hyperparameters shown' }));
    const group = screen.getByRole('group', { name: 'Status of Sensitivity to hyperparameters shown' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(within(group).getByRole('radio', { name: 'Not yet' })).toHaveFocus();
  });

  it('folds an item to its bar, which still shows its status, and folds or unfolds them all', async () => {
    const user = userEvent.setup();
    await renderStory('checklist');
    const toggle = screen.getByRole('button', { name: /Strong, current baselines/, expanded: true });
    await user.click(toggle);
    expect(screen.queryByRole('group', { name: 'Status of Strong, current baselines' })).not.toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(toggle.closest('li')!).getByText('Not yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fold all' }));
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Unfold all' }));
    expect(screen.getAllByRole('group', { name: /^Status of / })).toHaveLength(TOTAL);
  });
});
