import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStory } from './renderStory';

// Typing key by key through the whole app is slow on a busy machine: allow more than the default 5 s.
describe('the contribution section', { timeout: 15_000 }, () => {
  it('shows every field, the four altitudes each with a reason, and what a panel expects', async () => {
    await renderStory('contribution');
    for (const label of [
      'Contribution statement',
      'My part',
      'The team’s part',
      'The gap in prior work',
      'The main idea, in one line',
      'Intuition',
      'Formal statement',
      'Implementation recipe',
      'Complexity',
      'Why explain it this way',
      'Why this formulation',
      'Why this implementation',
      'Why this cost is worth it',
    ]) {
      expect(screen.getAllByText(label).length, label).toBeGreaterThan(0);
    }
    expect(screen.getByText(/What you did yourself, in the first person/)).toBeInTheDocument();
    const altitudes = screen.getByRole('list', { name: 'The method at four altitudes' });
    expect(within(altitudes).getAllByRole('listitem')).toHaveLength(4);
  });

  it('saves typed text, the altitudes included, to the story', async () => {
    const user = userEvent.setup();
    const { stored } = await renderStory('contribution');
    await user.type(screen.getByLabelText('Contribution statement'), 'We show X.');
    await user.type(screen.getByLabelText('My part'), 'I built it.');
    await user.type(screen.getByLabelText('The team’s part'), 'A co-author.');
    await user.type(screen.getByLabelText('The main idea, in one line'), 'Index entities');
    await user.type(screen.getByLabelText('Why this cost is worth it'), 'Pays off');
    const story = await stored();
    expect(story.contribution.statement).toBe('We show X.');
    expect(story.contribution.myPart).toBe('I built it.');
    expect(story.contribution.teamPart).toBe('A co-author.');
    expect(story.contribution.mainIdea).toBe('Index entities');
    expect(story.contribution.altitudes.complexity.why).toBe('Pays off');
  });

  it('counts the statement’s words and sentences as you type, and warns past two sentences', async () => {
    const user = userEvent.setup();
    await renderStory('contribution');
    const count = screen.getByTestId('statement-count');
    expect(count).toHaveTextContent('0 words · 0 sentences');
    const statement = screen.getByLabelText('Contribution statement');
    await user.type(statement, 'We show that it works, e.g. on filings.');
    expect(count).toHaveTextContent('9 words · 1 sentence');
    await user.type(statement, ' It is cheap.');
    expect(count).toHaveTextContent('12 words · 2 sentences');
    expect(count).not.toHaveTextContent('aim for');
    await user.type(statement, ' And fast.');
    expect(count).toHaveTextContent('14 words · 3 sentences · aim for 2 at most');
  });
});
