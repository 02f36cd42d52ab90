import { SaveStatus } from '../../components/SaveStatus';
import { useApp } from '../../store/StoreProvider';

/** Whether the open story is saved. */
export function SaveIndicator() {
  const state = useApp((s) => s.saveState);
  const error = useApp((s) => s.saveError);
  return <SaveStatus state={state} error={error} />;
}
