import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { ReadinessLink } from '../../../renderer/features/readiness/ReadinessLink';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { newStory, type Story } from '../../../shared/model/story';
import { createTestStore } from '../store/testStore';
import { weakStory } from '../../fixtures/stories/weakStory';

/** The app on the readiness review of the weak story. */
async function renderReadiness() {
  const setup = await createTestStore();
  const story = { ...weakStory(), updatedAt: setup.time.now, createdAt: setup.time.now };
  await setup.services.stories.save(story);
  window.location.hash = `#/readiness/${story.id}`;
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  await screen.findByRole('heading', { name: 'Readiness review', level: 1 });
  return { ...setup, story };
}

describe('the readiness review', { timeout: 15_000 }, () => {
  it('lists each section with its completeness and its findings, linked to their fields', async () => {
    const { story } = await renderReadiness();
    expect(screen.getByText(/^Open: \d+ errors, \d+ warnings, \d+ hints\.$/)).toBeInTheDocument();
    const contribution = screen.getByRole('region', { name: 'Contribution' });
    expect(within(contribution).getByText(/^\d+ of \d+ filled$/)).toBeInTheDocument();
    const link = within(contribution).getByRole('link', { name: 'The statement runs to 3 sentences; aim for 2 at most.' });
    expect(link).toHaveAttribute('href', `#/story/${story.id}/contribution`);
    expect(within(contribution).getAllByText('Why a panel asks, and how to fix it').length).toBeGreaterThan(0);
  });

  it('shows five findings of a long section at first, and the rest on request', async () => {
    const user = userEvent.setup();
    await renderReadiness();
    const checklist = screen.getByRole('region', { name: 'Experiment checklist' });
    const list = within(checklist).getByRole('list', { name: 'Open findings in Experiment checklist' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    await user.click(within(checklist).getByRole('button', { name: /^Show \d+ more$/ }));
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(5);
  });

  it('dismisses a finding only with a reason, keeps it listed as dismissed, and restores it', async () => {
    const user = userEvent.setup();
    const { store } = await renderReadiness();
    const bets = screen.getByRole('region', { name: 'Falsifiable bets' });
    const first = within(bets).getAllByRole('listitem')[0]!;
    const message = within(first).getByRole('link').textContent ?? '';
    // Escape leaves the form and puts focus back on the button that opened it.
    await user.click(within(first).getByRole('button', { name: 'Dismiss…' }));
    await user.keyboard('{Escape}');
    expect(within(first).getByRole('button', { name: 'Dismiss…' })).toHaveFocus();
    await user.click(within(first).getByRole('button', { name: 'Dismiss…' }));
    await user.click(within(bets).getByRole('button', { name: 'Dismiss' }));
    expect(within(bets).getByRole('alert')).toHaveTextContent('Give a reason');
    await user.type(within(bets).getByLabelText('Why does this not apply?'), 'Said aloud in the talk.');
    await user.click(within(bets).getByRole('button', { name: 'Dismiss' }));

    expect(within(bets).queryByRole('link', { name: message })).toBeNull();
    expect(within(bets).getByText('Dismissed (1)')).toBeInTheDocument();
    const dismissed = within(bets).getByRole('list', { name: 'Dismissed findings in Falsifiable bets' });
    expect(within(dismissed).getByText(message)).toBeInTheDocument();
    expect(within(dismissed).getByText('“Said aloud in the talk.”')).toBeInTheDocument();
    expect(store.getState().story?.dismissed.map((d) => d.reason)).toEqual(['Said aloud in the talk.']);

    await user.click(within(dismissed).getByRole('button', { name: 'Restore' }));
    expect(within(bets).getByRole('link', { name: message })).toBeInTheDocument();
    expect(store.getState().story?.dismissed).toEqual([]);
  });
});

describe('the readiness link in the story header', () => {
  async function renderLink(story: Story) {
    const setup = await createTestStore();
    render(
      <StoreProvider store={setup.store}>
        <ReadinessLink story={story} />
      </StoreProvider>,
    );
    return screen.findByTestId('findings-count');
  }

  it('counts the work ahead of a blank story without showing it as errors', async () => {
    const badge = await renderLink(newStory('Blank', 0));
    expect(Number(badge.textContent)).toBeGreaterThan(0);
    expect(badge).toHaveClass('severity-none');
  });

  it('shows the worst severity once the story holds content', async () => {
    expect(await renderLink(weakStory())).toHaveClass('severity-error');
  });
});
