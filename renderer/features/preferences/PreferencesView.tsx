import { useState } from 'react';
import { MAX_WPM, MIN_WPM, THEMES, type Theme } from '../../../shared/model/preferences';
import { useApp } from '../../store/StoreProvider';
import { RehearsalToggles } from '../rehearsal/RehearsalToggles';
import { StoragePreferences } from '../storage/StoragePreferences';
import './preferences.css';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** Preferences: theme and speaking pace. */
export function PreferencesView() {
  const preferences = useApp((s) => s.preferences);
  const updatePreferences = useApp((s) => s.updatePreferences);
  const [pace, setPace] = useState(String(preferences.wordsPerMinute));
  const [paceError, setPaceError] = useState<string | null>(null);

  const savePace = () => {
    const value = Number(pace);
    if (!Number.isInteger(value) || value < MIN_WPM || value > MAX_WPM) {
      setPaceError(`Enter a whole number of words per minute between ${MIN_WPM} and ${MAX_WPM}.`);
      return;
    }
    setPaceError(null);
    void updatePreferences({ wordsPerMinute: value });
  };

  return (
    <div className="library preferences">
      <header className="library-header">
        <div>
          <h1>Preferences</h1>
          <p className="library-subtitle">Saved on this machine only.</p>
        </div>
      </header>

      <fieldset className="preference-group">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="radio-row">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={preferences.theme === theme}
              onChange={() => void updatePreferences({ theme })}
            />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>

      <div className="preference-group">
        <label htmlFor="pref-pace" className="preference-label">
          Speaking pace (words per minute)
        </label>
        <p className="preference-help" id="pref-pace-help">
          Used to estimate how long each beat of a talk takes to say. Most speakers give talks at 120–160 words per minute.
        </p>
        <input
          id="pref-pace"
          className="input preference-number"
          type="number"
          inputMode="numeric"
          min={MIN_WPM}
          max={MAX_WPM}
          value={pace}
          aria-invalid={paceError !== null}
          aria-describedby={paceError ? 'pref-pace-help pref-pace-error' : 'pref-pace-help'}
          onChange={(e) => setPace(e.target.value)}
          onBlur={savePace}
          onKeyDown={(e) => {
            if (e.key === 'Enter') savePace();
          }}
        />
        {paceError && (
          <p id="pref-pace-error" className="field-error" role="alert">
            {paceError}
          </p>
        )}
      </div>

      <fieldset className="preference-group">
        <legend>During a rehearsal</legend>
        <RehearsalToggles rowClassName="radio-row" />
        <label className="radio-row">
          <input
            type="checkbox"
            checked={preferences.recordRehearsals === true}
            aria-describedby="pref-record-help"
            onChange={(e) => void updatePreferences({ recordRehearsals: e.target.checked })}
          />
          Record my rehearsals
        </label>
        <p className="preference-help preference-help-indented" id="pref-record-help">
          The microphone is recorded during each run and kept on this machine with the session, to play back in its review. You
          can delete any recording.
        </p>
      </fieldset>

      <StoragePreferences />
    </div>
  );
}
