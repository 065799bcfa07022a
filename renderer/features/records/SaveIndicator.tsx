import { useTranslation } from 'react-i18next';
import type { SaveState } from './useAutosave';

/** Says, politely, whether what is on screen is saved (encrypted) yet. */
export function SaveIndicator({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation();
  return (
    <p className={`save-state save-state-${state}`} role={state === 'failed' ? 'alert' : 'status'} data-save-state={state}>
      {t(`records.save.${state}`)}
    </p>
  );
}
