import type { FormDefinition } from '../fieldDefinition';
import { l } from '../labels';

// A Person is one real person or group, reused across records so that one woman detained three
// times is one victim with three acts (ESF; domain-model §4.2). Its core is pseudonymous: a random
// code, an alias, and the facts statistics need. Names and everything else that identifies live
// in the separate identity part (identity.ts, S3). Roles (victim, source, witness) come from the
// records that link the person, never from here.

const INDIVIDUAL = '010000000000'; // mt07 Individual

export const personV1: FormDefinition = {
  id: 'PERSON',
  version: 1,
  label: l('Person', 'Лицо', 'Тұлға'),
  standards: 'HURIDOCS ESF biographic formats (09xx), OHCHR Manual ch. 14 (protection of cooperating persons), Istanbul Protocol informed consent',
  sections: [
    {
      key: 'person',
      label: l('Person', 'Лицо', 'Тұлға'),
      fields: [
        { key: 'alias', kind: 'text', maxLength: 100, requirement: 'O', sensitivity: 'S2', source: '§4.2 display alias', hint: l('For example "Witness A". Never a real name.', 'Например, «Свидетель А». Никогда не настоящее имя.', 'Мысалы, «А куәгер». Ешқашан шын есім емес.'), label: l('Alias', 'Условное имя', 'Шартты аты') },
        { key: 'countingUnit', kind: 'vocab', vocabulary: 'huridocs.mt07', requirement: 'M', sensitivity: 'S1', source: 'ESF 0902 (mt07)', label: l('Counting unit', 'Единица учёта', 'Есепке алу бірлігі') },
        { key: 'groupSize', kind: 'integer', requirement: 'C', sensitivity: 'S1', source: 'ESF 0931', when: { field: 'countingUnit', unless: INDIVIDUAL }, label: l('Number of people in the group', 'Число людей в группе', 'Топтағы адам саны') },
        { key: 'sex', kind: 'vocab', vocabulary: 'huridocs.mt39', requirement: 'F', sensitivity: 'S1', source: 'ESF 0915 (mt39)', label: l('Sex', 'Пол', 'Жынысы') },
        { key: 'ageBand', kind: 'vocab', vocabulary: 'aigaq.ageBand', requirement: 'F', sensitivity: 'S1', source: '§4.2 age band for statistics', label: l('Age band', 'Возрастная группа', 'Жас тобы') },
        { key: 'citizenship', kind: 'text', maxLength: 100, requirement: 'O', sensitivity: 'S2', source: 'ESF 0941', label: l('Citizenship', 'Гражданство', 'Азаматтығы') },
        { key: 'languages', kind: 'vocabMulti', vocabulary: 'aigaq.language', requirement: 'O', sensitivity: 'S1', source: 'ESF 0945', label: l('Languages spoken', 'Языки общения', 'Сөйлейтін тілдері') },
        { key: 'characteristics', kind: 'vocabMulti', vocabulary: 'huridocs.mt23', requirement: 'F', sensitivity: 'S1', source: 'ESF 0944/2152 (mt23)', label: l('Relevant characteristics', 'Значимые характеристики', 'Маңызды сипаттамалары') },
        { key: 'custodyStatus', kind: 'vocab', vocabulary: 'huridocs.mt25', requirement: 'F', sensitivity: 'S2', source: 'mt25 branch 02: status in terms of liberty', label: l('Current custody status', 'Текущий статус содержания', 'Қазіргі ұстау мәртебесі') },
        { key: 'personRisk', kind: 'vocab', vocabulary: 'aigaq.riskLevel', requirement: 'F', sensitivity: 'S2', source: 'V-41: risk of reprisals for this person', label: l('Risk of reprisals', 'Риск преследований', 'Қудалау қаупі') },
        { key: 'deceased', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'ESF 0927', label: l('Deceased', 'Умер', 'Қайтыс болды') },
        { key: 'dateOfDeath', kind: 'partialDate', requirement: 'C', sensitivity: 'S2', source: 'ESF 0928', when: { field: 'deceased', equals: 'YES' }, label: l('Date of death', 'Дата смерти', 'Қайтыс болған күні') },
      ],
    },
    {
      key: 'consent',
      label: l('Consent', 'Согласие', 'Келісім'),
      fields: [
        { key: 'consentGivenBy', kind: 'vocab', vocabulary: 'aigaq.consentGivenBy', requirement: 'F', sensitivity: 'S2', source: '§4.6; CRC for minors', label: l('Consent given by', 'Кем дано согласие', 'Келісімді берген') },
        { key: 'consentDate', kind: 'partialDate', requirement: 'F', sensitivity: 'S2', source: '§4.6', label: l('Date of consent', 'Дата согласия', 'Келісім күні') },
        { key: 'consentObtainedBy', kind: 'text', requirement: 'F', sensitivity: 'S2', source: '§4.6', label: l('Obtained by', 'Кем получено', 'Кім алды') },
        { key: 'consentLanguage', kind: 'vocab', vocabulary: 'aigaq.language', requirement: 'F', sensitivity: 'S2', source: '§4.6', label: l('Language of consent', 'Язык согласия', 'Келісім тілі') },
        { key: 'consentMethod', kind: 'vocab', vocabulary: 'aigaq.consentMethod', requirement: 'F', sensitivity: 'S1', source: '§4.6', label: l('How consent was given', 'Форма согласия', 'Келісім нысаны') },
        { key: 'consentExplained', kind: 'vocabMulti', vocabulary: 'aigaq.consentExplained', requirement: 'F', sensitivity: 'S1', source: 'IP; OHCHR Manual ch. 14: what was explained', label: l('Explained to the person', 'Разъяснено лицу', 'Тұлғаға түсіндірілді') },
        { key: 'consentScopes', kind: 'vocabMulti', vocabulary: 'aigaq.consentScope', requirement: 'F', sensitivity: 'S2', source: 'V-40: granular scopes, checked by every export', label: l('Consent scopes', 'Объём согласия', 'Келісім аясы') },
        { key: 'consentConditions', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: '§4.6', hint: l('For example "not until released".', 'Например, «не раньше освобождения».', 'Мысалы, «босатылғанға дейін емес».'), label: l('Conditions', 'Условия', 'Шарттар') },
        { key: 'capacityNotes', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: '§4.6: children, persons with psychosocial disabilities', label: l('Capacity notes', 'Заметки о дееспособности', 'Әрекет қабілеті туралы жазба') },
        { key: 'consentRefused', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'IP: document the reason for refusal', label: l('Consent refused', 'В согласии отказано', 'Келісуден бас тартты') },
        { key: 'refusalReason', kind: 'longText', requirement: 'C', sensitivity: 'S2', source: 'IP', when: { field: 'consentRefused', equals: 'YES' }, label: l('Reason for refusal', 'Причина отказа', 'Бас тарту себебі') },
        { key: 'withdrawnOn', kind: 'partialDate', requirement: 'O', sensitivity: 'S2', source: '§4.6: withdrawal redacts what is queued', label: l('Consent withdrawn on', 'Согласие отозвано', 'Келісім кері қайтарылған күн') },
        { key: 'withdrawnScopes', kind: 'vocabMulti', vocabulary: 'aigaq.consentScope', requirement: 'C', sensitivity: 'S2', source: '§4.6', when: { field: 'withdrawnOn', filled: true }, label: l('Scopes withdrawn', 'Отозванные пункты', 'Кері қайтарылған тармақтар') },
        { key: 'consentReviewDue', kind: 'partialDate', requirement: 'O', sensitivity: 'S1', source: '§4.6: re-consent before a new use', label: l('Consent review due', 'Пересмотреть согласие до', 'Келісімді қайта қарау мерзімі') },
      ],
    },
  ],
};
