import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PreferencesView } from '../../../../renderer/features/preferences/PreferencesView';
import { RehearsalToggles } from '../../../../renderer/features/rehearsal/RehearsalToggles';
import { StoreProvider } from '../../../../renderer/store/StoreProvider';
import { createTestStore } from '../../store/testStore';

describe('the rehearsal preferences', () => {
  it('are kept when turned on where a run is chosen, and Preferences shows them on', async () => {
    const user = userEvent.setup();
    const { store, services } = await createTestStore();
    const { unmount } = render(
      <StoreProvider store={store}>
        <RehearsalToggles rowClassName="check-row" />
      </StoreProvider>,
    );
    await user.click(screen.getByRole('checkbox', { name: /soft chime/ }));
    await user.click(screen.getByRole('checkbox', { name: /random moments/ }));
    await waitFor(async () =>
      expect(await services.settings.getPreferences()).toMatchObject({ rehearsalChime: true, randomChallenges: true }),
    );
    unmount();

    render(
      <StoreProvider store={store}>
        <PreferencesView />
      </StoreProvider>,
    );
    expect(screen.getByRole('checkbox', { name: /soft chime/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /random moments/ })).toBeChecked();
  });
});
