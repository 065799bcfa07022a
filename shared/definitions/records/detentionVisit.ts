import type { FormDefinition } from '../fieldDefinition';
import { l } from '../labels';
import { eventHeader, followUpSection, riskSection } from './commonSections';

// A visit to a place of detention (domain-model §5): APT's four-step method, OPCAT art. 20, the
// OHCHR training manual's visit report. Few fields are M: a monitor leaving a facility must be
// able to save what they have. The doc's M fields that are not needed to find the record again
// (team, visit end…) are F here, required to finalise.

const IN_FACILITY = ['IN_FACILITY_PRIVATE', 'IN_FACILITY_NOT_PRIVATE'];

export const detentionVisitV1: FormDefinition = {
  id: 'DETENTION_VISIT',
  version: 1,
  label: l('Detention facility visit', 'Посещение места лишения свободы', 'Бас бостандығынан айыру орнына бару'),
  standards: 'APT "Monitoring places of detention" (four steps), OPCAT art. 20, OHCHR Training Manual ch. 9 and annex II, HURIDOCS ESF',
  sections: [
    eventHeader,
    {
      key: 'visit',
      label: l('Visit', 'Посещение', 'Бару'),
      fields: [
        { key: 'facilityName', kind: 'text', requirement: 'M', sensitivity: 'S0', source: '§4.4 official name', label: l('Facility', 'Учреждение', 'Мекеме') },
        { key: 'facilityType', kind: 'vocab', vocabulary: 'country.facilityTypes', requirement: 'M', sensitivity: 'S0', source: 'V-32 (country pack)', label: l('Type of facility', 'Тип учреждения', 'Мекеме түрі') },
        { key: 'governingAuthority', kind: 'vocab', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S0', source: 'V-33 (country pack)', label: l('Governing authority', 'Ведомственная принадлежность', 'Ведомстволық тиесілігі') },
        { key: 'visitStart', kind: 'dateTime', requirement: 'M', sensitivity: 'S1', source: 'OHCHR Manual annex II', label: l('Visit started', 'Начало посещения', 'Бару басталды') },
        { key: 'visitEnd', kind: 'dateTime', requirement: 'F', sensitivity: 'S1', source: 'OHCHR Manual annex II', label: l('Visit ended', 'Окончание посещения', 'Бару аяқталды') },
        { key: 'visitType', kind: 'vocabMulti', vocabulary: 'aigaq.visitType', requirement: 'M', sensitivity: 'S1', source: 'V-43 [S13][S8b]', label: l('Type of visit', 'Вид посещения', 'Бару түрі') },
        { key: 'mandateBasis', kind: 'vocab', vocabulary: 'aigaq.mandateBasis', requirement: 'M', sensitivity: 'S1', source: '§5.1 [S33][S30]', label: l('Mandate', 'Основание посещения', 'Бару негізі') },
        { key: 'permissionReference', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§5.1 [P]', label: l('Permission reference', 'Реквизиты разрешения', 'Рұқсат деректемелері') },
        {
          key: 'team', kind: 'group', requirement: 'F', sensitivity: 'S1', source: 'APT: team composition, roles and gender balance',
          label: l('Visiting team', 'Состав группы', 'Топ құрамы'),
          fields: [
            { key: 'member', kind: 'text', requirement: 'M', sensitivity: 'S1', source: '§5.1', label: l('Member', 'Участник', 'Қатысушы') },
            { key: 'role', kind: 'vocab', vocabulary: 'aigaq.teamRole', requirement: 'F', sensitivity: 'S1', source: '§5.1 [S8b]', label: l('Role', 'Роль', 'Рөлі') },
          ],
        },
        { key: 'objectives', kind: 'longText', requirement: 'F', sensitivity: 'S1', source: 'APT step 1: preparation', label: l('Objectives', 'Цели посещения', 'Бару мақсаттары') },
        { key: 'focusThemes', kind: 'vocabMulti', vocabulary: 'aigaq.visitTheme', requirement: 'F', sensitivity: 'S1', source: 'V-44 [S7][S10]', label: l('Focus themes', 'Тематические приоритеты', 'Басым тақырыптар') },
        { key: 'preVisitSummary', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'APT step 1: prior visits, complaints, open recommendations', label: l('What was known before the visit', 'Что было известно до посещения', 'Бару алдында не белгілі болды') },
        { key: 'managementMet', kind: 'text', requirement: 'F', sensitivity: 'S1', source: 'OHCHR Manual: initial talk with the director', label: l('Management met (position)', 'С кем из руководства встретились (должность)', 'Басшылықтан кіммен кездесті (лауазымы)') },
        { key: 'cooperation', kind: 'vocab', vocabulary: 'aigaq.cooperation', requirement: 'F', sensitivity: 'S1', source: 'OHCHR Manual annex II', label: l('Cooperation of the authorities', 'Сотрудничество администрации', 'Әкімшіліктің ынтымақтастығы') },
        { key: 'cooperationNotes', kind: 'longText', requirement: 'C', sensitivity: 'S1', source: 'OHCHR Manual annex II', when: { field: 'cooperation', in: ['PARTIAL', 'OBSTRUCTIVE'] }, label: l('How cooperation was limited', 'В чём выразились ограничения', 'Ынтымақтастық қалай шектелді') },
        { key: 'debriefHeld', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'OHCHR Manual: departing meeting with the director', label: l('Final meeting with the director', 'Итоговая встреча с руководством', 'Басшылықпен қорытынды кездесу') },
        { key: 'debriefNotes', kind: 'longText', requirement: 'C', sensitivity: 'S1', source: 'OHCHR Manual: issues raised and responses', when: { field: 'debriefHeld', equals: 'YES' }, label: l('Issues raised and responses', 'Поднятые вопросы и ответы', 'Көтерілген мәселелер мен жауаптар') },
        { key: 'photographyAllowed', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'OPCAT art. 20 access item', label: l('Photography and equipment allowed', 'Разрешены фотосъёмка и оборудование', 'Суретке түсіру мен құрал-жабдыққа рұқсат етілді') },
        { key: 'safetyIncidents', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: '§5.1 [P]', label: l('Safety incidents during the visit', 'Инциденты безопасности во время посещения', 'Бару кезіндегі қауіпсіздік оқиғалары') },
        { key: 'reprisalPlan', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'SPT reprisals guidance: follow-up of interviewees still detained', label: l('Reprisal follow-up planned', 'Запланирован контроль на случай преследований', 'Қудалауға қатысты бақылау жоспарланды') },
        { key: 'reprisalPlanDate', kind: 'partialDate', requirement: 'C', sensitivity: 'S2', source: '§5.1 [S30][S14]', when: { field: 'reprisalPlan', equals: 'YES' }, label: l('Reprisal follow-up date', 'Дата контроля', 'Бақылау күні') },
      ],
    },
    {
      key: 'access',
      label: l('Access (OPCAT art. 20)', 'Доступ (ФП КПП, ст. 20)', 'Қол жеткізу (ҚҚК ФХ, 20-бап)'),
      fields: [
        {
          key: 'accessLog', kind: 'group', requirement: 'F', sensitivity: 'S1', source: 'OPCAT art. 20 (a)–(e); one row per item', minRows: 1,
          label: l('Access log', 'Журнал доступа', 'Қол жеткізу журналы'),
          fields: [
            { key: 'accessItem', kind: 'vocab', vocabulary: 'aigaq.accessItem', requirement: 'M', sensitivity: 'S1', source: 'OPCAT art. 20', label: l('What was asked', 'К чему запрошен доступ', 'Неге қол жеткізу сұралды') },
            { key: 'outcome', kind: 'vocab', vocabulary: 'aigaq.accessOutcome', requirement: 'M', sensitivity: 'S1', source: 'V-45', label: l('Outcome', 'Результат', 'Нәтижесі') },
            { key: 'delayMinutes', kind: 'integer', requirement: 'C', sensitivity: 'S1', source: '§5.2', when: { field: 'outcome', equals: 'GRANTED_AFTER_DELAY' }, label: l('Delay (minutes)', 'Задержка (минут)', 'Кідіріс (минут)') },
            { key: 'reasonGiven', kind: 'text', requirement: 'C', sensitivity: 'S1', source: '§5.2', when: { field: 'outcome', in: ['GRANTED_AFTER_DELAY', 'PARTIAL', 'DENIED'] }, label: l('Reason given', 'Названная причина', 'Айтылған себебі') },
            { key: 'officialResponsible', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§5.2', label: l('Official responsible', 'Ответственное лицо', 'Жауапты лауазымды тұлға') },
          ],
        },
      ],
    },
    {
      key: 'population',
      label: l('Population on the day', 'Наполняемость в день посещения', 'Бару күнгі адам саны'),
      fields: [
        { key: 'capacity', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: 'OHCHR Manual annex II: official capacity', label: l('Official capacity', 'Лимит наполнения', 'Ресми сыйымдылығы') },
        { key: 'presentTotal', kind: 'integer', requirement: 'F', sensitivity: 'S0', source: 'OHCHR Manual annex II', label: l('People held on the day', 'Содержится в день посещения', 'Бару күні ұсталғандар') },
        { key: 'populationSource', kind: 'vocab', vocabulary: 'aigaq.populationSource', requirement: 'F', sensitivity: 'S1', source: '§5.3', label: l('Source of the figures', 'Источник цифр', 'Сандардың дереккөзі') },
        { key: 'women', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Women', 'Женщины', 'Әйелдер') },
        { key: 'juveniles', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Under 18', 'Несовершеннолетние', 'Кәмелетке толмағандар') },
        { key: 'foreignNationals', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Foreign nationals', 'Иностранные граждане', 'Шетел азаматтары') },
        { key: 'pretrial', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Pre-trial', 'Подследственные', 'Тергеудегілер') },
        { key: 'administrativeArrest', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Under administrative arrest', 'Административно арестованные', 'Әкімшілік қамаққа алынғандар') },
        { key: 'deathsSinceLastVisit', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3 event counts since last visit', label: l('Deaths in custody since the last visit', 'Смерти под стражей с прошлого посещения', 'Өткен барудан бері қамаудағы өлім') },
        { key: 'selfHarmSinceLastVisit', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Self-harm incidents since the last visit', 'Случаи самоповреждения с прошлого посещения', 'Өткен барудан бері өзіне зақым келтіру') },
        { key: 'complaintsSinceLastVisit', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Complaints registered since the last visit', 'Зарегистрированные жалобы с прошлого посещения', 'Өткен барудан бері тіркелген шағымдар') },
        { key: 'forceEntriesSinceLastVisit', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§5.3', label: l('Use-of-force entries since the last visit', 'Записи о применении силы с прошлого посещения', 'Өткен барудан бері күш қолдану жазбалары') },
      ],
    },
    {
      key: 'inspection',
      label: l('Areas and registers', 'Помещения и журналы', 'Үй-жайлар мен журналдар'),
      fields: [
        {
          key: 'areas', kind: 'group', requirement: 'F', sensitivity: 'S1', source: 'OHCHR Manual: visiting the entire facility; APT themes',
          label: l('Areas inspected', 'Осмотренные помещения', 'Қаралған үй-жайлар'),
          fields: [
            { key: 'area', kind: 'vocab', vocabulary: 'aigaq.areaInspected', requirement: 'M', sensitivity: 'S1', source: 'V-48', label: l('Area', 'Помещение', 'Үй-жай') },
            { key: 'inspected', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§5.4', label: l('Inspected', 'Осмотрено', 'Қаралды') },
            { key: 'areaNotes', kind: 'longText', requirement: 'O', sensitivity: 'S1', source: '§5.4', label: l('Observations', 'Наблюдения', 'Байқаулар') },
          ],
        },
        {
          key: 'registers', kind: 'group', requirement: 'O', sensitivity: 'S1', source: 'OPCAT art. 20(b); APT safeguards',
          label: l('Registers reviewed', 'Изученные журналы', 'Зерттелген журналдар'),
          fields: [
            { key: 'registerType', kind: 'vocab', vocabulary: 'aigaq.registerType', requirement: 'M', sensitivity: 'S1', source: 'V-49', label: l('Register', 'Журнал', 'Журнал') },
            { key: 'periodCovered', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§5.4', label: l('Period covered', 'Проверенный период', 'Тексерілген кезең') },
            { key: 'anomalies', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: '§5.4', label: l('Anomalies found', 'Выявленные несоответствия', 'Анықталған сәйкессіздіктер') },
          ],
        },
      ],
    },
    {
      key: 'findings',
      label: l('Findings', 'Выводы', 'Тұжырымдар'),
      fields: [
        {
          key: 'findingsList', kind: 'group', requirement: 'F', sensitivity: 'S2', source: 'APT step 2: analysis by theme, with triangulation',
          label: l('Findings by theme', 'Выводы по темам', 'Тақырыптар бойынша тұжырымдар'),
          fields: [
            { key: 'theme', kind: 'vocab', vocabulary: 'aigaq.visitTheme', requirement: 'M', sensitivity: 'S1', source: 'V-44', label: l('Theme', 'Тема', 'Тақырып') },
            { key: 'observation', kind: 'longText', requirement: 'M', sensitivity: 'S2', source: 'OHCHR: factual, no interpretation', label: l('Observation', 'Наблюдение', 'Байқау') },
            { key: 'basis', kind: 'vocabMulti', vocabulary: 'aigaq.findingBasis', requirement: 'F', sensitivity: 'S1', source: 'APT triangulation', label: l('Who said or saw it', 'Кто сообщил или видел', 'Кім хабарлады немесе көрді') },
            { key: 'measurements', kind: 'text', requirement: 'O', sensitivity: 'S1', source: 'OHCHR Manual annex II', label: l('Measurements', 'Замеры', 'Өлшемдер') },
            { key: 'standardReference', kind: 'text', requirement: 'O', sensitivity: 'S0', source: 'Nelson Mandela Rules, CPT standards, national norms', label: l('Standard referenced', 'Применимый стандарт', 'Қолданылатын стандарт') },
            { key: 'rating', kind: 'vocab', vocabulary: 'aigaq.findingRating', requirement: 'F', sensitivity: 'S1', source: 'V-46', label: l('Rating', 'Оценка', 'Бағасы') },
            { key: 'rootCause', kind: 'vocabMulti', vocabulary: 'aigaq.rootCause', requirement: 'O', sensitivity: 'S1', source: 'APT analysis step', label: l('Root cause', 'Коренная причина', 'Түпкі себеп') },
            { key: 'linkedAllegation', kind: 'text', requirement: 'C', sensitivity: 'S2', source: 'APT: a finding of individual ill-treatment links an allegation record', when: { field: 'rating', equals: 'CRITICAL' }, label: l('Linked allegation record', 'Связанная запись о жалобе', 'Байланысты шағым жазбасы') },
            { key: 'managementResponse', kind: 'longText', requirement: 'O', sensitivity: 'S1', source: 'OHCHR Manual annex II: response of the governor', label: l('Management response', 'Ответ руководства', 'Басшылықтың жауабы') },
          ],
        },
      ],
    },
    {
      key: 'interviews',
      label: l('Interviews', 'Беседы', 'Әңгімелер'),
      fields: [
        {
          key: 'interviewsList', kind: 'group', requirement: 'O', sensitivity: 'S2', source: 'ESF Information + Interview; OPCAT art. 20(d)(e); IP annex IV',
          label: l('Interviews held', 'Проведённые беседы', 'Өткізілген әңгімелер'),
          fields: [
            { key: 'interviewee', kind: 'person', requirement: 'M', sensitivity: 'S2', source: '§4.5', label: l('Interviewee', 'Собеседник', 'Әңгімелесуші') },
            { key: 'intervieweeCategory', kind: 'vocab', vocabulary: 'aigaq.intervieweeCategory', requirement: 'F', sensitivity: 'S1', source: '§4.5 [S5][S13]', label: l('Interviewee category', 'Категория собеседника', 'Әңгімелесуші санаты') },
            { key: 'interviewedAt', kind: 'dateTime', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV', label: l('Date and time', 'Дата и время', 'Күні мен уақыты') },
            { key: 'durationMinutes', kind: 'integer', requirement: 'O', sensitivity: 'S2', source: 'IP annex IV: duration', label: l('Duration (minutes)', 'Длительность (минут)', 'Ұзақтығы (минут)') },
            { key: 'setting', kind: 'vocab', vocabulary: 'aigaq.interviewSetting', requirement: 'F', sensitivity: 'S2', source: 'V-56; IP para 271', label: l('Setting', 'Место беседы', 'Әңгіме орны') },
            { key: 'privateWithoutWitnesses', kind: 'tri', requirement: 'C', sensitivity: 'S1', source: 'OPCAT art. 20(d)', when: { field: 'setting', in: IN_FACILITY }, label: l('Private, without witnesses', 'Конфиденциально, без свидетелей', 'Куәларсыз, құпия') },
            { key: 'othersPresent', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP annex IV: persons present', label: l('Others present', 'Присутствовали', 'Қатысқандар') },
            { key: 'interpreter', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV', label: l('Interpreter', 'Переводчик', 'Аудармашы') },
            { key: 'format', kind: 'vocab', vocabulary: 'aigaq.interviewFormat', requirement: 'F', sensitivity: 'S1', source: 'APT, OHCHR: individual or group', label: l('Individual or group', 'Индивидуальная или групповая', 'Жеке немесе топтық') },
            { key: 'selection', kind: 'vocab', vocabulary: 'aigaq.intervieweeSelection', requirement: 'F', sensitivity: 'S1', source: 'OPCAT art. 20(e): staff-suggested interviewees are a bias warning', label: l('How the interviewee was chosen', 'Как выбран собеседник', 'Әңгімелесуші қалай таңдалды') },
            { key: 'recordingMethod', kind: 'vocab', vocabulary: 'aigaq.recordingMethod', requirement: 'F', sensitivity: 'S1', source: '§4.5', label: l('Recording method', 'Способ фиксации', 'Тіркеу тәсілі') },
            { key: 'allegationRaised', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: '§5.6: creates a torture allegation draft', label: l('Allegation of ill-treatment raised', 'Заявлено о жестоком обращении', 'Қатыгездік туралы айтылды') },
            { key: 'reprisalFollowUp', kind: 'tri', requirement: 'C', sensitivity: 'S2', source: 'SPT reprisals guidance', when: { field: 'setting', in: IN_FACILITY }, label: l('Reprisal follow-up needed', 'Нужен контроль на случай преследований', 'Қудалауға қатысты бақылау қажет') },
            { key: 'interviewNotes', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: 'IP module 3: free recall first', label: l('Notes', 'Записи беседы', 'Әңгіме жазбалары') },
          ],
        },
      ],
    },
    {
      key: 'recommendations',
      label: l('Recommendations', 'Рекомендации', 'Ұсынымдар'),
      fields: [
        { key: 'noIssues', kind: 'boolean', requirement: 'O', sensitivity: 'S1', source: 'APT step 3: state "no issues" explicitly', label: l('No issues found that need a recommendation', 'Проблем, требующих рекомендаций, не выявлено', 'Ұсынымды қажет ететін мәселе анықталған жоқ') },
        {
          key: 'recommendationsList', kind: 'group', requirement: 'C', sensitivity: 'S1', source: 'APT step 3; ESF Intervention; §4.8 Recommendation', when: { field: 'noIssues', unless: true },
          label: l('Recommendations made', 'Вынесенные рекомендации', 'Берілген ұсынымдар'),
          fields: [
            { key: 'recommendation', kind: 'longText', requirement: 'M', sensitivity: 'S1', source: '§4.8', label: l('Recommendation', 'Рекомендация', 'Ұсыным') },
            { key: 'addressee', kind: 'vocab', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S1', source: 'V-33', label: l('Addressed to', 'Адресат', 'Кімге') },
            { key: 'recommendationTheme', kind: 'vocab', vocabulary: 'aigaq.visitTheme', requirement: 'F', sensitivity: 'S1', source: 'V-44', label: l('Theme', 'Тема', 'Тақырып') },
            { key: 'standard', kind: 'text', requirement: 'O', sensitivity: 'S0', source: 'Nelson Mandela Rules, CPT, national norms', label: l('Standard referenced', 'Применимый стандарт', 'Қолданылатын стандарт') },
            { key: 'recommendationPriority', kind: 'vocab', vocabulary: 'huridocs.mt46', requirement: 'F', sensitivity: 'S1', source: 'ESF 2652 (mt46)', label: l('Priority', 'Приоритет', 'Басымдық') },
            { key: 'recommendationStatus', kind: 'vocab', vocabulary: 'aigaq.recommendationStatus', requirement: 'F', sensitivity: 'S1', source: 'V-47', label: l('Status', 'Статус', 'Мәртебесі') },
            { key: 'responseDate', kind: 'partialDate', requirement: 'O', sensitivity: 'S1', source: '§4.8', label: l('Date of response', 'Дата ответа', 'Жауап күні') },
          ],
        },
      ],
    },
    followUpSection,
    riskSection,
  ],
};
