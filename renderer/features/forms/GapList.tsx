import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/definitions/fieldDefinition';
import type { Gap, Stage } from '../../../shared/definitions/requirements';
import { fieldDomId } from './fieldDomId';
import { useLocale } from './formEnv';
import { gapText } from './gapText';

export { fieldDomId } from './fieldDomId';

type GapListProps = {
  readonly definition: FormDefinition;
  readonly gaps: readonly Gap[];
  readonly stage: Stage;
  /** Called after the field has been focused (when it is in the page). */
  readonly onJump?: (gap: Gap) => void;
};

/**
 * What is still missing, as buttons that take the monitor to each field. The alert region is always
 * in the page (so a screen reader hears it fill) and empty, hidden by CSS, when nothing is missing.
 */
export function GapList({ definition, gaps, stage, onJump }: GapListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = `gaps-${definition.id}-title`;

  function jump(gap: Gap): void {
    document.getElementById(fieldDomId(gap))?.focus();
    onJump?.(gap);
  }

  return (
    <div role="alert" className="gap-list" aria-labelledby={gaps.length === 0 ? undefined : titleId}>
      {gaps.length === 0 ? null : (
        <>
          <p id={titleId} className="gap-list-title">
            {t(stage === 'draft' ? 'forms.gapList.titleDraft' : 'forms.gapList.titleFinal')}
          </p>
          <ul className="gap-list-items">
            {gaps.map((gap) => (
              <li key={`${fieldDomId(gap)}${gap.rowsNeeded === undefined ? '' : '-rows'}`}>
                <button type="button" className="link" onClick={() => jump(gap)}>
                  {gapText(definition, gap, locale, (min) => t('forms.gapList.addAtLeast', { min }))}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
