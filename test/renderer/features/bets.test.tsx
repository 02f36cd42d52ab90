import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStory } from './renderStory';

type User = ReturnType<typeof userEvent.setup>;

async function addBet(user: User, statement: string) {
  await user.click(screen.getByRole('button', { name: '+ Add bet' }));
  // The new bet's statement has focus.
  await user.keyboard(statement);
}

// Each test types a good deal through user-event; on a busy machine that can pass 5 s.
describe('the falsifiable bets section', { timeout: 20_000 }, () => {
  it('saves a bet with every field and shows it at a glance in its bar', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('bets');
    expect(screen.getByText(/No bets yet/)).toBeInTheDocument();
    await addBet(user, 'A sub-10B open model matches GPT-4 on our set within 2 points');
    fireEvent.change(screen.getByLabelText('Horizon'), { target: { value: '2027-06-30' } });
    await user.type(screen.getByLabelText('Confidence'), '70 %');
    await user.type(screen.getByLabelText('Evidence for it'), 'Gap fell from 22 to 6 points in 18 months');
    await user.type(screen.getByLabelText('What would prove it wrong'), 'Still 5 points behind in June 2027');
    await user.selectOptions(screen.getByLabelText('Status'), 'holding');
    const [bet] = (await stored()).bets;
    expect(bet).toMatchObject({
      statement: 'A sub-10B open model matches GPT-4 on our set within 2 points',
      horizon: '2027-06-30',
      confidence: 70,
      evidence: 'Gap fell from 22 to 6 points in 18 months',
      disconfirming: 'Still 5 points behind in June 2027',
      status: 'holding',
    });
    const bar = screen.getAllByTestId('record')[0]!;
    expect(within(bar).getByText('70 %')).toBeInTheDocument();
    expect(within(bar).getByText('by 2027-06-30')).toBeInTheDocument();
    expect(within(bar).getByText('Holding', { selector: '.bet-status' })).toBeInTheDocument();
  });

  it('refuses a bad confidence with a specific message and keeps the last good one', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('bets');
    await addBet(user, 'Retrieval beats long context on cost');
    const confidence = screen.getByLabelText('Confidence');
    await user.type(confidence, '65');
    expect((await stored()).bets[0]?.confidence).toBe(65);

    // A slip of the finger makes 650: refused, and 65 stays saved.
    await user.type(confidence, '0');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Confidence cannot be above 100 %. Use a number from 0 to 100. Still saved: 65 %.',
    );
    expect(confidence).toHaveAttribute('aria-invalid', 'true');
    expect((await stored()).bets[0]?.confidence).toBe(65);
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(confidence).toHaveAttribute('aria-invalid', 'false');

    await user.clear(confidence);
    await user.type(confidence, 'likely');
    expect(screen.getByRole('alert')).toHaveTextContent('“likely” is not a number');
    await user.clear(confidence);
    await user.type(confidence, '72.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Use a whole percentage, like 73');
    expect((await stored()).bets[0]?.confidence).toBe(72);

    await user.clear(confidence);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await stored()).bets[0]?.confidence).toBeNull();
  });

  it('adds a dated review note, reorders bets with the keyboard and deletes one with undo', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('bets');
    await addBet(user, 'first');
    await addBet(user, 'second');
    await user.click(screen.getAllByRole('button', { name: '+ Add review note' })[1]!);
    await user.keyboard('Gap shrank to 4 points');
    let bets = (await stored()).bets;
    expect(bets[1]?.reviews).toHaveLength(1);
    expect(bets[1]?.reviews[0]?.note).toBe('Gap shrank to 4 points');
    expect(bets[1]?.reviews[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    screen.getAllByLabelText('Statement')[1]!.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    bets = (await stored()).bets;
    expect(bets.map((b) => b.statement)).toEqual(['second', 'first']);
    expect(document.activeElement).toBe(screen.getAllByLabelText('Statement')[0]);

    await user.click(screen.getByRole('button', { name: 'Delete bet 1 (“second”)' }));
    expect((await stored()).bets.map((b) => b.statement)).toEqual(['first']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    bets = (await stored()).bets;
    expect(bets.map((b) => b.statement)).toEqual(['second', 'first']);
    expect(bets[0]?.reviews[0]?.note).toBe('Gap shrank to 4 points');

    await user.click(screen.getByRole('button', { name: 'Fold all bets' }));
    expect(screen.queryByLabelText('Statement')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unfold all bets' }));
    expect(screen.getAllByLabelText('Statement')).toHaveLength(2);
  });

  it('shows calibration once bets are resolved', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('bets');
    await addBet(user, 'one');
    await addBet(user, 'two');
    const calibration = () => screen.getByTestId('calibration');
    expect(calibration()).toHaveTextContent('Calibration appears once a bet with a confidence is confirmed or refuted.');

    const [first, second] = screen.getAllByLabelText('Confidence');
    await user.type(first!, '80');
    await user.type(second!, '60');
    const [firstStatus, secondStatus] = screen.getAllByLabelText('Status');
    await user.selectOptions(firstStatus!, 'confirmed');
    await stored();
    // (0.8 − 1)² = 0.04 over one scored bet.
    expect(within(calibration()).getByText('Brier score', { selector: 'dt' }).nextElementSibling).toHaveTextContent('0.04');
    expect(calibration()).toHaveTextContent('1 bet is still open or holding.');

    await user.selectOptions(secondStatus!, 'refuted');
    await stored();
    // ((0.8 − 1)² + (0.6 − 0)²) / 2 = 0.2
    expect(within(calibration()).getByText('Brier score', { selector: 'dt' }).nextElementSibling).toHaveTextContent('0.20');
    expect(within(calibration()).getByText('Came true', { selector: 'dt' }).nextElementSibling).toHaveTextContent('50 %');
    expect(within(calibration()).getByRole('rowheader', { name: '80–100 %' })).toBeInTheDocument();
  });

  it('flags an unsettled bet whose horizon has passed, until it is settled', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('bets');
    await addBet(user, 'Context windows reach 10M tokens');
    fireEvent.change(screen.getByLabelText('Horizon'), { target: { value: '2020-01-31' } });
    await stored();
    const bar = () => screen.getAllByTestId('record')[0]!;
    expect(within(bar()).getByText('past its horizon')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status'), 'refuted');
    expect(within(bar()).queryByText('past its horizon')).not.toBeInTheDocument();
  });
});
