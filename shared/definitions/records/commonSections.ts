import type { FieldDefinition, SectionDefinition } from '../fieldDefinition';
import { l } from '../labels';

// The parts every typed Event shares: the ESF event header (domain-model §4.1), sources (§4.5),
// alleged perpetrators with their involvement (§4.3), follow-up actions (§4.8), links to other
// events (ESF chain of events, mt22) and the risk assessment (§4.10).

export const eventHeader: SectionDefinition = {
  key: 'event',
  label: l('Event', 'Событие', 'Оқиға'),
  fields: [
    {
      key: 'title', kind: 'text', maxLength: 300, requirement: 'M', sensitivity: 'S2', source: 'ESF 0102',
      label: l('Title', 'Заголовок', 'Тақырып'),
      hint: l('No real names: use pseudonyms.', 'Без настоящих имён: используйте псевдонимы.', 'Шын есімдерсіз: бүркеншік аттарды қолданыңыз.'),
    },
    { key: 'confidentiality', kind: 'vocab', vocabulary: 'aigaq.sensitivity', requirement: 'M', sensitivity: 'S1', source: 'ESF 0108, extended to S0–S3 (V-42)', label: l('Confidentiality', 'Конфиденциальность', 'Құпиялылық') },
    { key: 'initialDate', kind: 'partialDate', requirement: 'M', sensitivity: 'S2', source: 'ESF 0113 + date type (mt48)', label: l('Start date', 'Дата начала', 'Басталған күні') },
    { key: 'finalDate', kind: 'partialDate', requirement: 'O', sensitivity: 'S2', source: 'ESF 0114', label: l('End date', 'Дата окончания', 'Аяқталған күні') },
    { key: 'region', kind: 'vocab', vocabulary: 'country.regions', requirement: 'M', sensitivity: 'S1', source: 'ESF 0111/0112 → ISO 3166-2 (country pack)', label: l('Region', 'Регион', 'Өңір') },
    { key: 'settlement', kind: 'text', requirement: 'F', sensitivity: 'S1', source: 'ESF 0112 local geographical area', label: l('Settlement or district', 'Населённый пункт или район', 'Елді мекен немесе аудан') },
    { key: 'recordLanguage', kind: 'vocab', vocabulary: 'aigaq.language', requirement: 'M', sensitivity: 'S1', source: 'V-35', label: l('Language of the record', 'Язык записи', 'Жазба тілі') },
    // Rich text: a testimony's words can be marked "redact when shared" and names linked to people.
    { key: 'description', kind: 'narrative', requirement: 'F', sensitivity: 'S2', source: 'ESF 0115: who, what, when, where, how', label: l('Description', 'Описание', 'Сипаттама') },
    { key: 'impact', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'ESF 0116', label: l('Impact of the event', 'Последствия события', 'Оқиғаның салдары') },
    { key: 'violationStatus', kind: 'vocab', vocabulary: 'huridocs.mt41', requirement: 'F', sensitivity: 'S1', source: 'ESF 0151 (mt41)', label: l('Violation status', 'Статус нарушения', 'Бұзушылық мәртебесі') },
    { key: 'instruments', kind: 'vocabMulti', vocabulary: 'huridocs.mt06', requirement: 'O', sensitivity: 'S0', source: 'ESF 0153/2155 (mt06): ICCPR, CAT articles', label: l('Rights and instruments affected', 'Затронутые права и документы', 'Қозғалған құқықтар мен құжаттар') },
    { key: 'monitoringStatus', kind: 'vocab', vocabulary: 'huridocs.mt43', requirement: 'F', sensitivity: 'S1', source: 'ESF 0172 (mt43)', label: l('Monitoring status', 'Статус мониторинга', 'Мониторинг мәртебесі') },
    { key: 'project', kind: 'text', requirement: 'O', sensitivity: 'S1', source: 'ESF 0168 record grouping', label: l('Project or grouping', 'Проект или группа записей', 'Жоба немесе жазбалар тобы') },
  ],
};

export const perpetratorsField: FieldDefinition = {
  key: 'perpetrators', kind: 'group', requirement: 'F', sensitivity: 'S2', source: 'ESF 24xx Involvement; domain-model §4.3',
  label: l('Alleged perpetrators', 'Предполагаемые исполнители', 'Болжамды орындаушылар'),
  fields: [
    { key: 'kind', kind: 'vocab', vocabulary: 'aigaq.perpetratorKind', requirement: 'M', sensitivity: 'S1', source: '§4.3 [P]', label: l('Known as', 'Известен как', 'Қалай белгілі') },
    { key: 'perpetratorType', kind: 'vocabMulti', vocabulary: 'huridocs.mt24', requirement: 'F', sensitivity: 'S1', source: 'ESF 2412 (mt24)', label: l('Type of perpetrator', 'Тип исполнителя', 'Орындаушы түрі') },
    { key: 'agency', kind: 'vocab', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S1', source: 'V-33 (country pack)', label: l('Agency', 'Ведомство', 'Ведомство') },
    { key: 'unit', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§4.3 [V][S17]', label: l('Unit or department', 'Подразделение', 'Бөлімше') },
    { key: 'rank', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§4.3 [V][S17]', label: l('Rank or position', 'Звание или должность', 'Атағы немесе лауазымы') },
    { key: 'name', kind: 'text', requirement: 'O', sensitivity: 'S3', source: '§4.3: named only after verification', when: { field: 'kind', equals: 'INDIVIDUAL' }, label: l('Name, if known', 'Имя, если известно', 'Аты-жөні, белгілі болса') },
    { key: 'badge', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§4.3 [V][S17][S20]', label: l('Badge or ID number seen', 'Номер жетона или удостоверения', 'Төсбелгі немесе куәлік нөмірі') },
    { key: 'appearance', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'IP: physical description, uniform, insignia, vehicle, weapons', label: l('Description, uniform, vehicle', 'Приметы, форма, транспорт', 'Сыртқы белгілері, киімі, көлігі') },
    { key: 'identification', kind: 'vocab', vocabulary: 'aigaq.identificationConfidence', requirement: 'F', sensitivity: 'S1', source: '§4.3 [P]', label: l('How identified', 'Как установлен', 'Қалай анықталды') },
    { key: 'involvement', kind: 'vocab', vocabulary: 'huridocs.mt18', requirement: 'M', sensitivity: 'S1', source: 'ESF 2409 (mt18, mandatory in OpenEvSys)', label: l('Degree of involvement', 'Степень участия', 'Қатысу дәрежесі') },
    { key: 'statusAsPerpetrator', kind: 'vocab', vocabulary: 'huridocs.mt26', requirement: 'O', sensitivity: 'S1', source: 'ESF 2422 (mt26)', label: l('Latest status as perpetrator', 'Последний статус исполнителя', 'Орындаушының соңғы мәртебесі') },
  ],
};

export const sourcesSection: SectionDefinition = {
  key: 'sources',
  label: l('Sources', 'Источники', 'Дереккөздер'),
  fields: [
    {
      key: 'information', kind: 'group', requirement: 'F', sensitivity: 'S2', source: 'ESF 25xx Information; domain-model §4.5',
      label: l('Sources of information', 'Источники информации', 'Ақпарат көздері'),
      fields: [
        { key: 'source', kind: 'person', requirement: 'M', sensitivity: 'S2', source: 'ESF 2502', label: l('Source', 'Источник', 'Дереккөз') },
        { key: 'connection', kind: 'vocab', vocabulary: 'huridocs.mt19', requirement: 'M', sensitivity: 'S1', source: 'ESF 2509 (mt19)', label: l('Connection to the information', 'Связь с информацией', 'Ақпаратпен байланысы') },
        { key: 'firstHand', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'OHCHR: first-hand or hearsay', label: l('First-hand', 'Из первых рук', 'Тікелей куә') },
        { key: 'material', kind: 'vocabMulti', vocabulary: 'huridocs.mt16', requirement: 'F', sensitivity: 'S1', source: 'ESF 2512 (mt16)', label: l('Type of source material', 'Тип материала источника', 'Дереккөз материалының түрі') },
        { key: 'language', kind: 'vocab', vocabulary: 'aigaq.language', requirement: 'F', sensitivity: 'S1', source: 'ESF 2510', label: l('Language of the source', 'Язык источника', 'Дереккөз тілі') },
        { key: 'date', kind: 'partialDate', requirement: 'F', sensitivity: 'S1', source: 'ESF 2511', label: l('Date of the source material', 'Дата материала', 'Материал күні') },
        { key: 'reliability', kind: 'vocab', vocabulary: 'huridocs.mt42', requirement: 'F', sensitivity: 'S1', source: 'ESF 2553 (mt42)', label: l('Reliability', 'Достоверность', 'Сенімділік') },
        { key: 'corroboration', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'APT triangulation', label: l('Corroboration notes', 'Заметки о подтверждении', 'Растау туралы жазбалар') },
      ],
    },
  ],
};

export const followUpSection: SectionDefinition = {
  key: 'followUp',
  label: l('Follow-up', 'Последующие действия', 'Кейінгі әрекеттер'),
  fields: [
    {
      key: 'actions', kind: 'group', requirement: 'O', sensitivity: 'S1', source: 'ESF 26xx Intervention; domain-model §4.8',
      label: l('Follow-up actions', 'Последующие действия', 'Кейінгі әрекеттер'),
      fields: [
        { key: 'actionType', kind: 'vocabMulti', vocabulary: 'huridocs.mt20', requirement: 'M', sensitivity: 'S1', source: 'ESF 2609 (mt20)', label: l('Type of action', 'Тип действия', 'Әрекет түрі') },
        { key: 'date', kind: 'partialDate', requirement: 'M', sensitivity: 'S1', source: 'ESF 2611', label: l('Date', 'Дата', 'Күні') },
        { key: 'addressee', kind: 'text', requirement: 'F', sensitivity: 'S1', source: 'ESF 2612', label: l('Addressed to', 'Адресат', 'Кімге жолданды') },
        { key: 'externalReference', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '[P] UN or complaint reference', label: l('External reference', 'Внешний номер', 'Сыртқы нөмір') },
        { key: 'consentVerified', kind: 'tri', requirement: 'C', sensitivity: 'S1', source: 'APT: has the person authorised transmission?', when: { field: 'addressee', filled: true }, label: l('Consent to transmit verified', 'Согласие на передачу проверено', 'Жіберуге келісім тексерілді') },
        { key: 'response', kind: 'vocab', vocabulary: 'huridocs.mt27', requirement: 'O', sensitivity: 'S1', source: 'ESF 2613 (mt27)', label: l('Response', 'Ответ', 'Жауап') },
        { key: 'status', kind: 'vocab', vocabulary: 'huridocs.mt45', requirement: 'F', sensitivity: 'S1', source: 'ESF 2651 (mt45)', label: l('Status', 'Статус', 'Мәртебесі') },
        { key: 'priority', kind: 'vocab', vocabulary: 'huridocs.mt46', requirement: 'F', sensitivity: 'S1', source: 'ESF 2652 (mt46)', label: l('Priority', 'Приоритет', 'Басымдық') },
      ],
    },
    {
      key: 'linkedEvents', kind: 'group', requirement: 'O', sensitivity: 'S1', source: 'ESF chain of events (mt22)',
      label: l('Linked events', 'Связанные события', 'Байланысты оқиғалар'),
      fields: [
        { key: 'reference', kind: 'text', requirement: 'M', sensitivity: 'S1', source: 'local reference of the other record', label: l('Reference of the other record', 'Номер другой записи', 'Басқа жазбаның нөмірі') },
        { key: 'linkType', kind: 'vocab', vocabulary: 'huridocs.mt22', requirement: 'M', sensitivity: 'S1', source: 'mt22', label: l('Type of link', 'Тип связи', 'Байланыс түрі') },
      ],
    },
  ],
};

export const riskSection: SectionDefinition = {
  key: 'risk',
  label: l('Risk assessment', 'Оценка рисков', 'Тәуекелді бағалау'),
  fields: [
    { key: 'riskLevel', kind: 'vocab', vocabulary: 'aigaq.riskLevel', requirement: 'F', sensitivity: 'S2', source: 'V-41; OHCHR risk and threat assessment', label: l('Risk level', 'Уровень риска', 'Тәуекел деңгейі') },
    { key: 'documentationDecision', kind: 'vocab', vocabulary: 'aigaq.documentationDecision', requirement: 'F', sensitivity: 'S2', source: 'Istanbul Protocol: documenting may be unethical when reprisal is certain', label: l('Documentation decision', 'Решение о документировании', 'Құжаттау туралы шешім') },
    { key: 'threatSources', kind: 'vocabMulti', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S2', source: '§4.10 (V-33)', label: l('Sources of threat', 'Источники угрозы', 'Қауіп көздері') },
    { key: 'riskFactors', kind: 'vocabMulti', vocabulary: 'aigaq.riskFactor', requirement: 'F', sensitivity: 'S2', source: '§4.10 [V][S14][S17][S30]', label: l('Risk factors', 'Факторы риска', 'Тәуекел факторлары') },
    { key: 'reprisalsReported', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'SPT and CAT reprisals tracking', label: l('Reprisals reported', 'Сообщалось о преследованиях', 'Қудалау туралы хабарланды') },
    { key: 'reprisalsDescription', kind: 'longText', requirement: 'C', sensitivity: 'S2', source: '§4.10', when: { field: 'reprisalsReported', equals: 'YES' }, label: l('What reprisals', 'Какие преследования', 'Қандай қудалау') },
    { key: 'mitigation', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: '§4.10 [V][S14]', label: l('Mitigation', 'Меры снижения риска', 'Тәуекелді азайту шаралары') },
    { key: 'reviewDate', kind: 'partialDate', requirement: 'F', sensitivity: 'S1', source: '§4.10 regular risk assessment', label: l('Review date', 'Дата пересмотра', 'Қайта қарау күні') },
  ],
};
