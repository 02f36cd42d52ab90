import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { DrillsView } from '../../../../renderer/features/drills/DrillsView';
import { StoreProvider } from '../../../../renderer/store/StoreProvider';
import { ANSWER_PATTERNS } from '../../../../shared/content/answerPatterns';
import { makeChallenge, makeSession } from '../../../shared/rehearsal/sessionFixture';
import { createTestStore } from '../../store/testStore';

describe('answer patterns', () => {
  it('shows how a strong answer is built under a rated built-in question in the review, not under an unrated or own one', async () => {
    const setup = await createTestStore();
    const session = makeSession([['Talk', 600, 600]], {
      id: 'run-1',
      challenges: [
        { ...makeChallenge(0, 30, 'shaky'), questionId: 'builtin:test-set-size', text: 'How many test examples?' },
        { ...makeChallenge(0, 20, null), questionId: 'builtin:luck-or-design', text: 'Could this be luck?' },
        { ...makeChallenge(0, 10, 'missed'), questionId: 'own-question-1', text: 'My own question?' },
      ],
    });
    await setup.services.sessions.save(session, null);
    window.location.hash = '#/session/run-1';
    render(
      <StoreProvider store={setup.store}>
        <App />
      </StoreProvider>,
    );
    const rated = (await screen.findByText('How many test examples?')).closest('li')!;
    const details = within(rated).getByText('How a strong answer is built');
    await userEvent.setup().click(details);
    expect(rated).toHaveTextContent(ANSWER_PATTERNS['test-set-size']!.settle);
    for (const text of ['Could this be luck?', 'My own question?']) {
      expect(within(screen.getByText(text).closest('li')!).queryByText('How a strong answer is built')).toBeNull();
    }
  });

  it('shows the pattern of the question just rated in a drill, and keeps the user’s notes as they wrote them', async () => {
    const user = userEvent.setup();
    const setup = await createTestStore();
    render(
      <StoreProvider store={setup.store}>
        <DrillsView />
      </StoreProvider>,
    );
    const question = await screen.findByRole('heading', { level: 2 });
    const asked = question.textContent ?? '';
    await user.type(screen.getByLabelText('Answer notes'), 'Open with the 2,000-example bootstrap.');
    await user.click(screen.getByRole('button', { name: /Nailed it/ }));
    const shown = await screen.findByRole('region', { name: 'How a strong answer to the last question is built' });
    expect(shown).toHaveTextContent(asked);
    await user.click(within(shown).getByText('How a strong answer to it is built'));
    expect(shown).toHaveTextContent('Concede what is true.');
    expect(shown).toHaveTextContent('Propose what would settle it.');
    // The pattern is shown beside the notes, never written into them.
    await waitFor(async () =>
      expect((await setup.db.practice.toArray()).map((p) => p.notes)).toEqual(['Open with the 2,000-example bootstrap.']),
    );
  });
});
