import { fieldDomId, GapList } from '../../../../renderer/features/forms/GapList';
import type { Gap } from '../../../../shared/definitions/requirements';
import { renderStatic } from '../../renderStatic';
import { testDefinition } from './testDefinition';

const gaps: readonly Gap[] = [
  { sectionKey: 'event', fieldKey: 'title' },
  { sectionKey: 'sources', fieldKey: 'information', rowsNeeded: 1 },
  { sectionKey: 'sources', fieldKey: 'reliability', group: { key: 'information', row: 1 } },
];

const buttons = (html: string) => [...html.matchAll(/<button type="button" class="link">([^<]*)<\/button>/g)].map((match) => match[1]);

describe('the list of what is missing', () => {
  it('names each missing field by section, row and label, as a button', () => {
    const html = renderStatic(<GapList definition={testDefinition} gaps={gaps} stage="final" />);
    expect(html).toMatch(/^<div role="alert" class="gap-list" aria-labelledby="gaps-TEST-title"><p id="gaps-TEST-title" class="gap-list-title">To finalise, fill in:<\/p>/);
    expect(buttons(html)).toEqual(['Event › Title', 'Sources › Sources of information: add at least 1', 'Sources › Sources of information 2 › Reliability']);
  });

  it('says what a draft needs at the draft stage', () => {
    const html = renderStatic(<GapList definition={testDefinition} gaps={gaps.slice(0, 1)} stage="draft" />);
    expect(html).toContain('>To save a draft, fill in:</p>');
  });

  it('speaks Russian and Kazakh', () => {
    const ru = renderStatic(<GapList definition={testDefinition} gaps={gaps} stage="final" />, 'ru');
    expect(ru).toContain('>Чтобы завершить запись, заполните:</p>');
    expect(buttons(ru)).toEqual(['Событие › Заголовок', 'Источники › Источники информации: добавьте не менее 1', 'Источники › Источники информации 2 › Достоверность']);
    const kk = renderStatic(<GapList definition={testDefinition} gaps={gaps} stage="draft" />, 'kk');
    expect(kk).toContain('>Жобаны сақтау үшін толтырыңыз:</p>');
    expect(buttons(kk)[1]).toBe('Дереккөздер › Ақпарат көздері: кемінде 1 қосыңыз');
  });

  it('stays in the page, empty, when nothing is missing', () => {
    expect(renderStatic(<GapList definition={testDefinition} gaps={[]} stage="final" />)).toBe('<div role="alert" class="gap-list"></div>');
  });

  it('gives every gap the id of the input it is about', () => {
    expect(gaps.map(fieldDomId)).toEqual(['field-event-title', 'field-sources-information', 'field-sources-information-1-reliability']);
  });
});
