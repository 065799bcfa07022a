import type { FormDefinition, SectionDefinition } from '../../../../shared/definitions/fieldDefinition';
import { l } from '../../../../shared/definitions/labels';
import { eventHeader, riskSection, sourcesSection } from '../../../../shared/definitions/records/commonSections';
import type { PeopleDirectory } from '../../../../renderer/features/forms/peopleDirectory';

// A small form for the component tests: three real sections, and one invented section holding the
// kinds those sections do not use (integer, boolean, dateTime, persons, a short flat vocabMulti, a
// hierarchical vocab, a vocabulary that does not exist).
const otherKinds: SectionDefinition = {
  key: 'other',
  label: l('Other kinds', 'Другие виды', 'Басқа түрлер'),
  fields: [
    { key: 'detainees', kind: 'integer', min: 0, max: 500, requirement: 'O', sensitivity: 'S1', source: 'test', label: l('Number of detainees', 'Число задержанных', 'Ұсталғандар саны') },
    { key: 'visitedCells', kind: 'boolean', requirement: 'O', sensitivity: 'S1', source: 'test', label: l('Cells visited', 'Камеры осмотрены', 'Камералар қаралды') },
    { key: 'arrivedAt', kind: 'dateTime', requirement: 'O', sensitivity: 'S1', source: 'test', label: l('Arrived at', 'Время прибытия', 'Келген уақыты') },
    { key: 'witnesses', kind: 'persons', requirement: 'O', sensitivity: 'S2', source: 'test', label: l('Witnesses', 'Свидетели', 'Куәгерлер') },
    { key: 'priorities', kind: 'vocabMulti', vocabulary: 'huridocs.mt46', requirement: 'O', sensitivity: 'S1', source: 'test', label: l('Priorities', 'Приоритеты', 'Басымдықтар') },
    { key: 'method', kind: 'vocab', vocabulary: 'huridocs.mt05', requirement: 'O', sensitivity: 'S1', source: 'test', label: l('Method', 'Метод', 'Әдіс') },
    { key: 'missing', kind: 'vocab', vocabulary: 'aigaq.noSuchList', requirement: 'O', sensitivity: 'S1', source: 'test', label: l('Unknown list', 'Неизвестный список', 'Белгісіз тізім') },
  ],
};

export const testDefinition: FormDefinition = {
  id: 'TEST',
  version: 1,
  label: l('Test form', 'Тестовая форма', 'Сынақ формасы'),
  standards: 'test',
  sections: [eventHeader, sourcesSection, riskSection, otherKinds],
};

export const WITNESS_A = 'AAAAAAAAAAAAAAAAAAAAAA';
export const WITNESS_B = 'BBBBBBBBBBBBBBBBBBBBBB';

export const people: PeopleDirectory = {
  options: [
    { id: WITNESS_A, label: 'P-7KQ4-29 · Witness A' },
    { id: WITNESS_B, label: 'P-3MX8-11 · Witness B' },
  ],
  create: () => Promise.resolve(null),
};
