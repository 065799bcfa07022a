import { useTranslation } from 'react-i18next';
import { EvidenceSettings } from '../evidence/EvidenceSettings';
import { LanguageSelect } from '../language/LanguageSelect';
import { SummaryTemplates } from '../summaries/SummaryTemplates';
import { ChangePassphrase } from './ChangePassphrase';
import { IdleLockSetting } from './IdleLockSetting';
import { RecordRemovalSetting } from './RecordRemovalSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('settings.heading')}</h1>
      <IdleLockSetting />
      <ChangePassphrase />
      <EvidenceSettings />
      <RecordRemovalSetting />
      <SummaryTemplates />
      <div className="card">
        <LanguageSelect />
      </div>
    </div>
  );
}
