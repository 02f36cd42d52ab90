import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app/App';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { makeChallenge, makeSession } from '../../shared/rehearsal/sessionFixture';
import { createTestStore } from '../store/testStore';

const round = makeSession(
  [
    ['Framing', 900, 1000],
    ['Solution sketch', 1200, 1100],
    ['Research-impact deep dive', 600, 600],
  ],
  {
    id: 'round-1',
    challenges: [
      { ...makeChallenge(1, 95, 'missed'), text: 'Is your gain just an under-tuned baseline?' },
      { ...makeChallenge(2, 40, 'nailed'), text: 'What would you measure if it shipped tomorrow?' },
    ],
  },
);

const sound = { blob: new Blob(['sound'], { type: 'audio/webm' }), mimeType: 'audio/webm' };

async function renderAt(hash: string, sessions = [round], recording: typeof sound | null = null) {
  const setup = await createTestStore();
  for (const session of sessions) await setup.services.sessions.save(session, recording);
  window.location.hash = hash;
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  return setup;
}

describe('the session review', () => {
  it('sets each segment against its plan and says which ran over, in words and in a table', async () => {
    await renderAt('#/session/round-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Research-design round' })).toBeInTheDocument();
    expect(screen.getByTestId('overrun-summary')).toHaveTextContent(
      'The run took 45:00, exactly as planned. One segment of 3 ran over: Framing by 1:40.',
    );
    const table = screen.getByRole('table', { name: 'Planned and actual time per segment' });
    const framing = within(table).getByRole('row', { name: /Framing/ });
    expect(
      within(framing)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['15:00', '16:40', 'Over by 1:40', '—']);
    const sketch = within(table).getByRole('row', { name: /Solution sketch/ });
    expect(sketch).toHaveTextContent('Within budget');
    expect(sketch).toHaveTextContent('1:35');
  });

  it('lists the challenges thrown with their ratings and answer times', async () => {
    await renderAt('#/session/round-1');
    const baseline = (await screen.findByText('Is your gain just an under-tuned baseline?')).closest('li');
    expect(baseline).toHaveTextContent('Missed');
    expect(baseline).toHaveTextContent('Answered in 1:35');
    expect(baseline).toHaveTextContent('during Solution sketch');
    expect(screen.getByText('What would you measure if it shipped tomorrow?').closest('li')).toHaveTextContent('Nailed it');
  });

  it('saves the note on what to fix with the session', async () => {
    const user = userEvent.setup();
    const { services } = await renderAt('#/session/round-1');
    await user.type(await screen.findByLabelText('What to fix next time'), 'Open with the result.');
    await user.tab();
    await waitFor(() => expect(screen.getByTestId('note-status')).toHaveTextContent('Saved'));
    expect((await services.sessions.get('round-1'))?.note).toBe('Open with the result.');
  });

  it('keeps the last words typed when the window closes, and saves them on the next open', async () => {
    const user = userEvent.setup();
    await renderAt('#/session/round-1');
    await user.type(await screen.findByLabelText('What to fix next time'), 'Slow down');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('viva:unsavedNote:round-1')).toBe('Slow down');
    // Once the database has it, the journal is no longer needed.
    await waitFor(() => expect(screen.getByTestId('note-status')).toHaveTextContent('Saved'));
    expect(localStorage.getItem('viva:unsavedNote:round-1')).toBeNull();
  });

  it('replays a note left unsaved at the last close', async () => {
    localStorage.setItem('viva:unsavedNote:round-1', 'Open with the result.');
    const { services } = await renderAt('#/session/round-1');
    expect(await screen.findByLabelText('What to fix next time')).toHaveValue('Open with the result.');
    await waitFor(async () => expect((await services.sessions.get('round-1'))?.note).toBe('Open with the result.'));
    await waitFor(() => expect(localStorage.getItem('viva:unsavedNote:round-1')).toBeNull());
  });

  it('offers the measured pace as the new preference, showing old and new', async () => {
    const user = userEvent.setup();
    const talk = makeSession(
      [
        ['Problem', 120, 120],
        ['Method', 300, 300],
      ],
      { id: 'talk-1', outlineWords: 1120 },
    );
    const { store } = await renderAt('#/session/talk-1', [talk]);
    expect(await screen.findByText('160 words per minute')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use as my pace: 140 → 160 words per minute' }));
    await waitFor(() => expect(store.getState().preferences.wordsPerMinute).toBe(160));
    expect(await screen.findByText('That is already your pace in the preferences.')).toBeInTheDocument();
  });

  it('explains why a run without an outline gives no pace', async () => {
    await renderAt('#/session/round-1');
    expect(await screen.findByText(/did not follow a talk outline/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use as my pace/ })).not.toBeInTheDocument();
  });

  it('jumps to segments in the recording and deletes it with an undo', async () => {
    const user = userEvent.setup();
    const recorded = {
      ...round,
      recording: {
        mimeType: 'audio/webm',
        durationMs: 2_700_000,
        markers: [0, 1, 2].map((i) => ({ segmentIndex: i, atMs: i * 900_000 })),
      },
    };
    // fake-indexeddb hands stored Blobs back as plain objects, which the real URL API refuses.
    const toUrl = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:recording');
    const { services } = await renderAt('#/session/round-1', [recorded], sound);
    const markers = await screen.findByRole('list', { name: 'Segment markers' });
    expect(
      within(markers)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Framing 0:00', 'Solution sketch 15:00', 'Research-impact deep dive 30:00']);
    await user.click(screen.getByRole('button', { name: 'Delete recording' }));
    expect(await screen.findByText(/This run was not recorded/)).toBeInTheDocument();
    expect(await services.sessions.getRecording('round-1')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('list', { name: 'Segment markers' })).toBeInTheDocument();
    expect(await services.sessions.getRecording('round-1')).toBeDefined();
    toUrl.mockRestore();
  });

  it('deletes a rehearsal into the history, with an undo', async () => {
    const user = userEvent.setup();
    const { services } = await renderAt('#/session/round-1');
    await user.click(await screen.findByRole('button', { name: 'Delete this rehearsal' }));
    expect(await screen.findByRole('heading', { name: 'No rehearsals yet' })).toBeInTheDocument();
    expect(await services.sessions.get('round-1')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'Research-design round' })).toBeInTheDocument();
  });

  it('says so when the rehearsal does not exist', async () => {
    await renderAt('#/session/nothing-here');
    expect(await screen.findByRole('heading', { name: 'Rehearsal not found' })).toBeInTheDocument();
  });
});

describe('the rehearsal history', () => {
  it('groups runs by format, newest first in the table, each linking to its review', async () => {
    const day = 86_400_000;
    await renderAt('#/history', [
      makeSession([['Pitch', 30, 41]], {
        id: 'p1',
        formatId: 'pitch',
        formatName: 'Hypothesis pitch',
        startedAt: 1_700_000_000_000,
      }),
      makeSession([['Pitch', 30, 29]], {
        id: 'p2',
        formatId: 'pitch',
        formatName: 'Hypothesis pitch',
        startedAt: 1_700_000_000_000 + day,
      }),
      { ...round, startedAt: 1_700_000_000_000 - day },
    ]);
    const pitch = await screen.findByRole('region', { name: 'Hypothesis pitch' });
    expect(
      within(pitch).getByText(/2 runs: the first took 0:41 with 1 overrun, the latest 0:29 with 0 overruns/),
    ).toBeInTheDocument();
    const rows = within(within(pitch).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['2', '1']);
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '#/session/p2');
    // A run without a note says so, rather than leaving an empty cell.
    expect(within(rows[0] as HTMLElement).getByText('No note')).toBeInTheDocument();
    const sections = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(sections).toEqual(['history-pitch', 'history-format-1']);
  });

  it('invites a first rehearsal when there are none', async () => {
    await renderAt('#/history', []);
    expect(await screen.findByRole('heading', { name: 'No rehearsals yet' })).toBeInTheDocument();
  });
});
