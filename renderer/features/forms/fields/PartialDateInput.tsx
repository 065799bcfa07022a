import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../../shared/model/partialDate';
import { parsePartialDateText, partialDateToText } from '../partialDateText';
import { asPartialDate } from '../valueShapes';
import { describedBy, invalid, labelId, PRIVATE_TEXT, type ControlProps } from './controlProps';
import { FieldNotes } from './FieldFrame';

/**
 * kind "partialDate": one text input ("2022", "01.2022", "05.01.2022", "2022-01-05"), an
 * "approximate" checkbox, and the date read back in words, so the monitor sees that "01.2022" was
 * taken as January 2022 and not as the first of January.
 */
export function PartialDateInput({ ui, value, onChange, inputRef, locale }: ControlProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => {
    const stored = asPartialDate(value);
    return stored === null ? '' : partialDateToText(stored, locale);
  });
  const [approximate, setApproximate] = useState(() => asPartialDate(value)?.approximate === true);
  const typed = parsePartialDateText(text);
  const wrong = text.trim() !== '' && typed === null;
  const readingId = `${ui.id}-reading`;
  const approximateId = `${ui.id}-approximate`;

  function commit(nextText: string, nextApproximate: boolean): void {
    const date = parsePartialDateText(nextText);
    onChange(date === null ? null : { ...date, approximate: nextApproximate });
  }

  return (
    <div className={ui.gap === undefined ? 'field partial-date' : 'field partial-date has-gap'}>
      <label htmlFor={ui.id} id={labelId(ui)}>
        {ui.label}
      </label>
      <input
        id={ui.id}
        ref={inputRef}
        type="text"
        inputMode="numeric"
        className="partial-date-text"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          commit(event.target.value, approximate);
        }}
        aria-invalid={invalid(ui, wrong)}
        aria-describedby={describedBy(ui, text.trim() !== '' && readingId)}
        {...PRIVATE_TEXT}
      />
      <div className="partial-date-extra">
        <span className="check-inline">
          <input
            id={approximateId}
            type="checkbox"
            checked={approximate}
            onChange={(event) => {
              setApproximate(event.target.checked);
              commit(text, event.target.checked);
            }}
          />
          <label htmlFor={approximateId}>
            <span className="visually-hidden">{`${ui.label}: `}</span>
            {t('forms.date.approximate')}
          </label>
        </span>
        <span id={readingId} className={wrong ? 'date-reading field-error' : 'date-reading'} aria-live="polite">
          {text.trim() === '' ? null : typed === null ? t('forms.date.invalid') : t('forms.date.reading', { date: formatPartialDate({ ...typed, approximate }, locale) })}
        </span>
      </div>
      <FieldNotes ui={ui} />
    </div>
  );
}
