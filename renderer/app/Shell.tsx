import { createElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotebookPage } from '../features/notebook/NotebookPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { RecordCatalogProvider } from '../features/records/RecordCatalogContext';
import { RecordsPage } from '../features/records/RecordsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useLock, useLockShortcut } from './useLock';

type Section = 'records' | 'people' | 'reports' | 'organisation' | 'notebook' | 'settings';
const SECTIONS = ['records', 'people', 'reports', 'organisation', 'notebook', 'settings'] as const satisfies readonly Section[];
const PAGES: Record<Section, () => React.JSX.Element> = { records: RecordsPage, people: PeoplePage, reports: ReportsPage, organisation: OrganisationPage, notebook: NotebookPage, settings: SettingsPage };

/** The unlocked app: header, navigation, Lock (also Ctrl+L / Cmd+L), and the chosen section. */
export function Shell() {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('records');
  const lock = useLock();
  useLockShortcut(lock);

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('shell.navigation')} className="shell-nav">
          {SECTIONS.map((name) => (
            <button key={name} type="button" className="nav-button" aria-current={section === name ? 'page' : undefined} onClick={() => setSection(name)}>
              {t(`shell.${name}`)}
            </button>
          ))}
        </nav>
        <button type="button" className="lock-button" onClick={lock} title={t('shell.lockHint')} aria-keyshortcuts="Control+L Meta+L">
          {t('shell.lock')}
        </button>
      </header>
      <RecordCatalogProvider>
        <main className="shell-main">{createElement(PAGES[section])}</main>
      </RecordCatalogProvider>
    </div>
  );
}
