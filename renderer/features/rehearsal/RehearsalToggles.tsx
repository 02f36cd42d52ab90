import { useApp } from '../../store/StoreProvider';

/**
 * The two rehearsal preferences a run uses, offered both in Preferences and where a run is
 * chosen; either place changes the same stored preference.
 */
export function RehearsalToggles({ rowClassName }: { rowClassName: string }) {
  const preferences = useApp((s) => s.preferences);
  const updatePreferences = useApp((s) => s.updatePreferences);
  return (
    <>
      <label className={rowClassName}>
        <input
          type="checkbox"
          checked={preferences.rehearsalChime === true}
          onChange={(e) => void updatePreferences({ rehearsalChime: e.target.checked })}
        />
        A soft chime when a segment nears its budget and when it runs over
      </label>
      <label className={rowClassName}>
        <input
          type="checkbox"
          checked={preferences.randomChallenges === true}
          onChange={(e) => void updatePreferences({ randomChallenges: e.target.checked })}
        />
        Also throw challenge questions at random moments, every one to three minutes
      </label>
    </>
  );
}
