import { SaveStatus } from '../../components/SaveStatus';
import { useApp } from '../../store/StoreProvider';

/** Whether the open critique is saved. */
export function CritiqueSaveIndicator() {
  const state = useApp((s) => s.critiqueSaveState);
  const error = useApp((s) => s.critiqueSaveError);
  return <SaveStatus state={state} error={error} />;
}
