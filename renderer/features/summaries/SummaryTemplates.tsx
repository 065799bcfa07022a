import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDefinition, RECORD_TYPES, type RecordType } from '../../../shared/definitions/registry';
import { LOCALES, type Locale } from '../../../shared/settings/settings';
import { PARAGRAPH_PLACEHOLDERS, SUMMARY_PARTS, type SummaryTemplate } from '../../../shared/summaries/summaryTemplate';
import { LANGUAGE_NAMES } from '../../ui/DocumentLanguageSelect';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSummaryTemplate, type TemplateOutcome } from './useSummaryTemplate';

function toggle<T>(items: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...items, item] : items.filter((candidate) => candidate !== item);
  return order.filter((candidate) => next.includes(candidate));
}

function Checks({ legend, options, isOn, onToggle }: { readonly legend: string; readonly options: readonly { key: string; label: string }[]; readonly isOn: (key: string) => boolean; readonly onToggle: (key: string, on: boolean) => void }) {
  return (
    <fieldset className="delivery-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.key} className="delivery-option">
          <input type="checkbox" checked={isOn(option.key)} onChange={(event) => onToggle(option.key, event.target.checked)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function statusOf(outcome: TemplateOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  return outcome.kind === 'saved' ? t('summaryTemplates.saved') : outcome.kind === 'reset' ? t('summaryTemplates.resetDone') : null;
}

function errorOf(outcome: TemplateOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (outcome.kind === 'invalid') {
    return t('summaryTemplates.invalid', { placeholders: PARAGRAPH_PLACEHOLDERS.map((name) => `{{${name}}}`).join(' ') });
  }
  return outcome.kind === 'failed' ? t(`errors.${outcome.code}`) : null;
}

function Editor({ type }: { readonly type: RecordType }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const template = useSummaryTemplate(type);
  const { draft } = template;
  const update = (change: Partial<SummaryTemplate>) => template.setDraft({ ...draft, ...change });
  const sections = currentDefinition(type).sections;
  const ids = { en: useId(), ru: useId(), kk: useId() };
  return (
    <>
      <Checks legend={t('summaryTemplates.parts')} options={SUMMARY_PARTS.map((part) => ({ key: part, label: t(`summaryTemplates.part.${part}`) }))} isOn={(key) => (draft.parts as readonly string[]).includes(key)} onToggle={(key, on) => update({ parts: toggle(draft.parts, key as SummaryTemplate['parts'][number], on, SUMMARY_PARTS) })} />
      <Checks legend={t('summaryTemplates.sections')} options={sections.map((section) => ({ key: section.key, label: section.label[locale] }))} isOn={(key) => !draft.omitSections.includes(key)} onToggle={(key, on) => update({ omitSections: on ? draft.omitSections.filter((omitted) => omitted !== key) : [...draft.omitSections, key] })} />
      <p className="hint">{t('summaryTemplates.placeholders', { placeholders: PARAGRAPH_PLACEHOLDERS.map((name) => `{{${name}}}`).join(' ') })}</p>
      {LOCALES.map((language) => (
        <div key={language} className="field">
          <label htmlFor={ids[language]}>{t('summaryTemplates.paragraph', { language: LANGUAGE_NAMES[language] })}</label>
          <textarea id={ids[language]} lang={language} rows={3} value={draft.paragraph[language]} onChange={(event) => update({ paragraph: { ...draft.paragraph, [language]: event.target.value } })} />
        </div>
      ))}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void template.save()}>
          {t('summaryTemplates.save')}
        </button>
        {template.custom ? (
          <button type="button" onClick={() => void template.reset()}>
            {t('summaryTemplates.reset')}
          </button>
        ) : null}
      </div>
      <StatusMessage message={statusOf(template.outcome, t)} />
      <ErrorAlert message={errorOf(template.outcome, t)} />
    </>
  );
}

/** Settings › Summary templates: what a record type's summaries show, and their one-paragraph sentence. */
export function SummaryTemplates() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [headingId, typeId] = [useId(), useId()];
  const [type, setType] = useState<RecordType>('TORTURE_ALLEGATION');
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summaryTemplates.heading')}</h2>
      <p>{t('summaryTemplates.explain')}</p>
      <div className="field">
        <label htmlFor={typeId}>{t('summaryTemplates.type')}</label>
        <select id={typeId} value={type} onChange={(event) => setType(event.target.value as RecordType)}>
          {RECORD_TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {currentDefinition(candidate).label[locale]}
            </option>
          ))}
        </select>
      </div>
      <Editor key={type} type={type} />
    </section>
  );
}
