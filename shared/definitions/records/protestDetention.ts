import type { FormDefinition } from '../fieldDefinition';
import { l } from '../labels';
import { eventHeader, followUpSection, perpetratorsField, riskSection, sourcesSection } from './commonSections';

// A protest-related detention (domain-model §7): the assembly as monitors saw it (ODIHR handbook,
// FreedomLab observation indicators, Kazakhstan's Law 333-VI through the country pack), the
// incidents of force (UN Guidance on less-lethal weapons) and one detention case per detained
// person (HURIDOCS ESF ArrestDetail 31xx extended for protests, WGAD categories).
// Capture must never be blocked: a monitor at a dispersal, or a lawyer phoning from a police yard,
// must be able to save whatever they have. So the doc's M fields (venue, form, apprehension time and
// place…) are F here, needed to finalise; only a detained person's row needs the person, the
// timing of the detention and the kind of proceedings, without which the row means nothing.

const ANNOUNCED = ['NOTIFIED_ACCEPTED', 'NOTIFIED_NO_REPLY', 'NOTIFIED_CHANGE_PROPOSED', 'NOTIFIED_REFUSED', 'APPROVAL_APPROVED', 'APPROVED_WITHOUT_SOUND_OR_VEHICLES', 'APPROVAL_REFUSED', 'APPROVAL_CHANGE_PROPOSED', 'PREVENTED'];
/** The akimat answered with something other than "yes": Law 333-VI arts 11–14 require a reason. */
const AKIMAT_OBJECTED = ['NOTIFIED_CHANGE_PROPOSED', 'NOTIFIED_REFUSED', 'APPROVAL_REFUSED', 'APPROVAL_CHANGE_PROPOSED'];
const KNOWN_ORGANISER = ['INDIVIDUAL', 'GROUP', 'LEGAL_ENTITY', 'UNREGISTERED_MOVEMENT'];
const CHARGED = ['ADMINISTRATIVE', 'CRIMINAL'];
const SENTENCED = ['CONVICTION', 'PLEA_AGREEMENT'];

export const protestDetentionV1: FormDefinition = {
  id: 'PROTEST_DETENTION',
  version: 1,
  label: l('Protest-related detention', 'Задержание в связи с мирным собранием', 'Бейбіт жиналысқа байланысты ұстау'),
  standards: 'OSCE/ODIHR assembly monitoring handbook, UN Guidance on less-lethal weapons, Law 333-VI (2020) on peaceful assemblies via the country pack, HURIDOCS ESF ArrestDetail 31xx, WGAD categories',
  sections: [
    eventHeader,
    {
      key: 'assembly',
      label: l('Assembly', 'Мирное собрание', 'Бейбіт жиналыс'),
      fields: [
        { key: 'legalStatus', kind: 'vocab', vocabulary: 'country.assemblyLegalStatuses', requirement: 'F', sensitivity: 'S0', source: 'Law 333-VI arts 10–14 (V-38)', label: l('Notification or approval status', 'Статус уведомления или согласования', 'Хабарлама немесе келісу мәртебесі') },
        { key: 'legalStatusReason', kind: 'longText', requirement: 'C', sensitivity: 'S0', source: 'Law 333-VI art. 14 grounds', when: { field: 'legalStatus', in: AKIMAT_OBJECTED }, label: l('Reason given by the akimat', 'Основание, указанное акиматом', 'Әкімдік көрсеткен негіз') },
        { key: 'assemblyForm', kind: 'vocabMulti', vocabulary: 'country.assemblyForms', requirement: 'F', sensitivity: 'S0', source: 'Law 333-VI art. 1 (V-37)', label: l('Form of assembly', 'Форма собрания', 'Жиналыс нысаны') },
        { key: 'announcedStart', kind: 'dateTime', requirement: 'C', sensitivity: 'S0', source: 'ODIHR handbook [S19]; FIDH pre-assembly facts [S23]', when: { field: 'legalStatus', in: ANNOUNCED }, label: l('Announced start', 'Заявленное время начала', 'Мәлімделген басталу уақыты') },
        { key: 'actualStart', kind: 'dateTime', requirement: 'C', sensitivity: 'S0', source: 'FreedomLab indicators (i) [S20]', when: { field: 'legalStatus', unless: 'PREVENTED' }, label: l('Actual start', 'Фактическое начало', 'Нақты басталу уақыты') },
        { key: 'actualEnd', kind: 'dateTime', requirement: 'C', sensitivity: 'S0', source: 'FreedomLab indicators (i) [S20]', when: { field: 'legalStatus', unless: 'PREVENTED' }, label: l('End', 'Окончание', 'Аяқталу уақыты') },
        { key: 'venue', kind: 'text', requirement: 'F', sensitivity: 'S0', source: 'FreedomLab indicators (i) [S20]; FIDH [S23]', label: l('Venue or route', 'Место проведения или маршрут', 'Өткізу орны немесе бағыты') },
        { key: 'specialisedPlace', kind: 'tri', requirement: 'F', sensitivity: 'S0', source: 'Law 333-VI art. 1(3)', label: l('Held at a specialised place', 'Проводилось в специализированном месте', 'Арнайы орында өткізілді') },
        { key: 'organiserType', kind: 'vocab', vocabulary: 'aigaq.organiserType', requirement: 'F', sensitivity: 'S1', source: 'Law 333-VI art. 1; §7.1 [V][S34]', label: l('Type of organiser', 'Тип организатора', 'Ұйымдастырушы түрі') },
        { key: 'organiser', kind: 'person', requirement: 'O', sensitivity: 'S3', source: '§7.1 [P]', when: { field: 'organiserType', in: KNOWN_ORGANISER }, label: l('Organiser (person)', 'Организатор (лицо)', 'Ұйымдастырушы (тұлға)') },
        { key: 'purpose', kind: 'longText', requirement: 'F', sensitivity: 'S0', source: 'FreedomLab indicators (ii) [S20]; FIDH [S23]', label: l('Purpose, demands, key messages', 'Цель, требования, основные лозунги', 'Мақсаты, талаптары, негізгі ұрандары') },
        { key: 'participantsMonitors', kind: 'integer', requirement: 'F', sensitivity: 'S0', source: 'ODIHR handbook [S19]: estimates kept by source', label: l("Participants: monitors' estimate", 'Число участников: оценка наблюдателей', 'Қатысушылар саны: байқаушылардың бағалауы') },
        { key: 'participantsOrganiser', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: 'ODIHR handbook [S19]; FIDH [S23]', label: l("Participants: organiser's estimate", 'Число участников: оценка организатора', 'Қатысушылар саны: ұйымдастырушының бағалауы') },
        { key: 'participantsPolice', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: 'ODIHR handbook [S19]', label: l('Participants: police estimate', 'Число участников: оценка полиции', 'Қатысушылар саны: полицияның бағалауы') },
        { key: 'participantsMedia', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: 'ODIHR handbook [S19]', label: l('Participants: media estimate', 'Число участников: оценка СМИ', 'Қатысушылар саны: БАҚ бағалауы') },
        {
          key: 'composition', kind: 'longText', requirement: 'O', sensitivity: 'S0', source: 'FreedomLab indicators (ii) [S20]',
          label: l('Composition of the crowd', 'Состав участников', 'Қатысушылар құрамы'),
          hint: l('Women, children, older people, persons with disabilities, journalists, other monitors, stewards, medics.', 'Женщины, дети, пожилые люди, люди с инвалидностью, журналисты, другие наблюдатели, распорядители, медики.', 'Әйелдер, балалар, егде адамдар, мүгедектігі бар адамдар, журналистер, басқа байқаушылар, реттеушілер, медиктер.'),
        },
        { key: 'mood', kind: 'longText', requirement: 'O', sensitivity: 'S0', source: 'FreedomLab indicators (ii) [S20]: descriptive only', label: l('Behaviour and mood (describe, do not judge)', 'Поведение и настроение (описание без оценок)', 'Мінез-құлқы мен көңіл-күйі (бағасыз сипаттама)') },
        { key: 'counterDemonstrators', kind: 'tri', requirement: 'O', sensitivity: 'S0', source: 'FreedomLab indicators (ii) [S20]', label: l('Counter-demonstrators present', 'Присутствовали контрдемонстранты', 'Қарсы демонстрация қатысушылары болды') },
        { key: 'counterDemonstratorsNotes', kind: 'longText', requirement: 'O', sensitivity: 'S0', source: 'FreedomLab indicators (ii) [S20]', when: { field: 'counterDemonstrators', equals: 'YES' }, label: l('Counter-demonstrators: who and what happened', 'Контрдемонстранты: кто они и что произошло', 'Қарсы демонстрация: кімдер және не болды') },
        { key: 'lawEnforcementAgencies', kind: 'vocabMulti', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S1', source: 'FreedomLab indicators (iii) [S20] (V-33)', label: l('Law-enforcement agencies present', 'Присутствовавшие правоохранительные органы', 'Қатысқан құқық қорғау органдары') },
        { key: 'lawEnforcementUnits', kind: 'text', requirement: 'O', sensitivity: 'S1', source: 'FreedomLab indicators (iii) [S20]', label: l('Units seen', 'Замеченные подразделения', 'Байқалған бөлімшелер') },
        { key: 'lawEnforcementNumber', kind: 'integer', requirement: 'O', sensitivity: 'S1', source: 'FreedomLab indicators (iii) [S20]', label: l('Estimated number of officers', 'Примерное число сотрудников', 'Қызметкерлердің шамамен саны') },
        { key: 'lawEnforcementEquipment', kind: 'vocabMulti', vocabulary: 'aigaq.forceType', requirement: 'O', sensitivity: 'S1', source: 'ODIHR/Omega equipment guide [S21] (V-39)', label: l('Equipment carried', 'Снаряжение и спецсредства', 'Жабдықтар мен арнайы құралдар') },
        { key: 'visibleIdentification', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'FreedomLab indicators (iii) [S20]', label: l('Officers wore visible identification', 'На сотрудниках были видны опознавательные знаки', 'Қызметкерлердің айырым белгілері көрінді') },
        { key: 'plainClothes', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'FreedomLab indicators (iii) [S20]', label: l('Plain-clothes officers present', 'Присутствовали сотрудники в штатском', 'Азаматтық киімдегі қызметкерлер болды') },
        { key: 'policeFilming', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'FreedomLab indicators (iii) [S20]', label: l('Police filmed participants', 'Полиция вела видеосъёмку участников', 'Полиция қатысушыларды бейнеге түсірді') },
        { key: 'warningsGiven', kind: 'tri', requirement: 'F', sensitivity: 'S0', source: 'FreedomLab indicators (iii) [S20]; UN LLW Guidance [S22]', label: l('Warnings or orders given to participants', 'Участникам были даны предупреждения или требования', 'Қатысушыларға ескерту немесе талап жасалды') },
        { key: 'warningAt', kind: 'dateTime', requirement: 'O', sensitivity: 'S0', source: '§7.1 [V][S20]', when: { field: 'warningsGiven', equals: 'YES' }, label: l('Time of the first warning', 'Время первого предупреждения', 'Алғашқы ескерту уақыты') },
        { key: 'warningAudible', kind: 'tri', requirement: 'C', sensitivity: 'S0', source: 'UN LLW Guidance [S22]: warnings must be heard', when: { field: 'warningsGiven', equals: 'YES' }, label: l('Warnings audible to participants', 'Предупреждения были слышны участникам', 'Ескертулер қатысушыларға естілді') },
        { key: 'timeAllowedMinutes', kind: 'integer', requirement: 'C', sensitivity: 'S0', source: 'UN LLW Guidance [S22]: time to comply', when: { field: 'warningsGiven', equals: 'YES' }, label: l('Time allowed to comply (minutes)', 'Время на выполнение требования (минут)', 'Талапты орындауға берілген уақыт (минут)') },
        { key: 'dispersed', kind: 'tri', requirement: 'F', sensitivity: 'S0', source: 'ODIHR handbook [S19]; UN LLW Guidance [S22]', label: l('Assembly dispersed', 'Собрание разогнано', 'Жиналыс таратылды') },
        { key: 'dispersalAt', kind: 'dateTime', requirement: 'C', sensitivity: 'S0', source: '§7.1 [V][S20]', when: { field: 'dispersed', equals: 'YES' }, label: l('Dispersal began', 'Начало разгона', 'Тарату басталған уақыт') },
        { key: 'dispersalMethod', kind: 'longText', requirement: 'C', sensitivity: 'S0', source: 'UN LLW Guidance [S22]', when: { field: 'dispersed', equals: 'YES' }, label: l('How it was dispersed', 'Как проводился разгон', 'Қалай таратылды') },
        { key: 'internetDisruption', kind: 'tri', requirement: 'O', sensitivity: 'S0', source: '§7.1 [V][S44b] (January 2022 shutdown)', label: l('Internet or mobile network disrupted', 'Перебои в работе интернета или мобильной связи', 'Интернет немесе ұялы байланыс үзілді') },
        { key: 'internetDisruptionPeriod', kind: 'text', requirement: 'C', sensitivity: 'S0', source: '§7.1 [V][S44b]', when: { field: 'internetDisruption', equals: 'YES' }, label: l('Period of disruption', 'Период перебоев', 'Үзілу кезеңі') },
        { key: 'detentionsMonitorCount', kind: 'integer', requirement: 'F', sensitivity: 'S0', source: "§7.1 [P]: monitors' count", label: l('Detentions counted by monitors', 'Число задержанных по подсчёту наблюдателей', 'Байқаушылар санаған ұсталғандар саны') },
        { key: 'detentionsOfficialCount', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§7.1 [P]: official count, shown beside ours', label: l('Detentions: official figure', 'Число задержанных по официальным данным', 'Ресми деректер бойынша ұсталғандар саны') },
        { key: 'injuriesCount', kind: 'integer', requirement: 'O', sensitivity: 'S0', source: '§7.1 [P]', label: l('People injured (known to monitors)', 'Число пострадавших (известных наблюдателям)', 'Жарақат алғандар саны (байқаушыларға белгілі)') },
        { key: 'monitorsDeployed', kind: 'integer', requirement: 'F', sensitivity: 'S1', source: 'ODIHR handbook [S19]; FreedomLab [S20]', label: l('Monitors deployed', 'Число наблюдателей на месте', 'Орындағы байқаушылар саны') },
        { key: 'monitorPositions', kind: 'text', requirement: 'O', sensitivity: 'S1', source: 'ODIHR handbook [S19]', label: l("Monitors' positions", 'Позиции наблюдателей', 'Байқаушылардың орналасуы') },
        { key: 'monitorSafetyIncidents', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: '§7.1 [V][S46]: monitors and journalists also detained', label: l('Incidents affecting monitors or journalists', 'Инциденты с наблюдателями или журналистами', 'Байқаушыларға немесе журналистерге қатысты оқиғалар') },
      ],
    },
    {
      key: 'useOfForce',
      label: l('Use of force', 'Применение силы', 'Күш қолдану'),
      fields: [
        { key: 'forceUsed', kind: 'tri', requirement: 'F', sensitivity: 'S0', source: 'FreedomLab indicators (iii) [S20]', label: l('Force used', 'Применялась сила', 'Күш қолданылды') },
        {
          key: 'forceIncidents', kind: 'group', requirement: 'C', sensitivity: 'S1', source: '§7.2; UN Guidance on less-lethal weapons [S22]; one row per incident', when: { field: 'forceUsed', equals: 'YES' },
          label: l('Use-of-force incidents', 'Случаи применения силы', 'Күш қолдану жағдайлары'),
          fields: [
            { key: 'forceTypes', kind: 'vocabMulti', vocabulary: 'aigaq.forceType', requirement: 'M', sensitivity: 'S1', source: 'UN LLW Guidance [S22] (V-39)', label: l('Force or weapon used', 'Применённая сила или спецсредства', 'Қолданылған күш немесе арнайы құралдар') },
            { key: 'forceTypeOther', kind: 'text', requirement: 'C', sensitivity: 'S1', source: 'V-39 OTHER', when: { field: 'forceTypes', equals: 'OTHER' }, label: l('Other force: describe', 'Иное: опишите', 'Басқа: сипаттаңыз') },
            { key: 'forceAt', kind: 'dateTime', requirement: 'F', sensitivity: 'S1', source: '§7.2 [V][S20]', label: l('Time', 'Время', 'Уақыты') },
            { key: 'forcePlace', kind: 'text', requirement: 'F', sensitivity: 'S1', source: '§7.2 [V][S20]', label: l('Place', 'Место', 'Орны') },
            { key: 'forceAgency', kind: 'vocab', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S1', source: '§7.2 (V-33)', label: l('Used by (agency)', 'Кем применена (ведомство)', 'Кім қолданды (ведомство)') },
            { key: 'forceUnit', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§7.2 [V][S21]', label: l('Unit', 'Подразделение', 'Бөлімше') },
            { key: 'forceTarget', kind: 'vocab', vocabulary: 'aigaq.forceTarget', requirement: 'F', sensitivity: 'S1', source: '§7.2 [V][S22]', label: l('Against whom', 'Против кого', 'Кімге қарсы') },
            { key: 'peopleAffected', kind: 'integer', requirement: 'O', sensitivity: 'S1', source: '§7.2 [V][S22]', label: l('Number of people force was used against', 'Число лиц, к которым применена сила', 'Күш қолданылған адамдар саны') },
            { key: 'forceInjuries', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§7.2 [V][S22]', label: l('Injuries caused', 'Причинены телесные повреждения', 'Дене жарақаттары келтірілді') },
            { key: 'forceInjuriesDescription', kind: 'longText', requirement: 'C', sensitivity: 'S2', source: '§7.2: link to medical evidence', when: { field: 'forceInjuries', equals: 'YES' }, label: l('Injuries: describe', 'Описание повреждений', 'Жарақаттардың сипаттамасы') },
            { key: 'forceWarning', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'UN LLW Guidance [S22]: warning before use', label: l('Warning given before use', 'Перед применением было предупреждение', 'Қолданар алдында ескерту жасалды') },
            { key: 'forceTrigger', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§7.2 [V][S20]', label: l('Apparent trigger', 'Видимый повод', 'Көрінген себебі') },
            { key: 'proportionalityNotes', kind: 'longText', requirement: 'O', sensitivity: 'S1', source: 'UN LLW Guidance [S22]: necessity and proportionality', label: l('Necessity and proportionality notes', 'Замечания о необходимости и соразмерности', 'Қажеттілік пен мөлшерлестік туралы ескертпелер') },
            { key: 'forceObservation', kind: 'vocab', vocabulary: 'aigaq.observationBasis', requirement: 'F', sensitivity: 'S1', source: '§7.2: observed or reported', label: l('Seen by a monitor or reported', 'Видел наблюдатель или со слов других', 'Байқаушы көрді ме, әлде басқалар айтты ма') },
          ],
        },
      ],
    },
    {
      key: 'detentions',
      label: l('Detained persons', 'Задержанные', 'Ұсталғандар'),
      fields: [
        {
          key: 'detainedPersons', kind: 'group', requirement: 'F', sensitivity: 'S2', source: '§7.3; ESF Act 030101/030102 + ArrestDetail 31xx; one row per detained person', minRows: 1,
          label: l('Detained persons (one row per person)', 'Задержанные (по одной строке на человека)', 'Ұсталғандар (әр адамға бір жол)'),
          fields: [
            { key: 'detainee', kind: 'person', requirement: 'M', sensitivity: 'S2', source: 'ESF Act victim §7.3 [V][S2]', label: l('Detained person', 'Задержанный', 'Ұсталған адам') },
            { key: 'detentionPhase', kind: 'vocab', vocabulary: 'aigaq.detentionPhase', requirement: 'M', sensitivity: 'S1', source: '§7.3 [V][S41][S46] (V-50)', label: l('Timing relative to the assembly', 'Момент задержания относительно собрания', 'Жиналысқа қатысты ұстау уақыты') },
            { key: 'apprehendedAt', kind: 'dateTime', requirement: 'F', sensitivity: 'S2', source: '§7.3 [V][S17][S26]', label: l('Actually apprehended at', 'Фактическое время задержания', 'Нақты ұсталған уақыты') },
            { key: 'apprehensionPlace', kind: 'text', requirement: 'F', sensitivity: 'S2', source: '§7.3 [V][S26]', label: l('Place of apprehension', 'Место задержания', 'Ұсталған орны') },
            { key: 'apprehendingAgency', kind: 'vocab', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S1', source: '§7.3 [V][S17][S26] (V-33)', label: l('Apprehending agency', 'Задержавшее ведомство', 'Ұстаған ведомство') },
            { key: 'apprehendingUnit', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§7.3 [V][S17]', label: l('Apprehending unit', 'Задержавшее подразделение', 'Ұстаған бөлімше') },
            { key: 'forceAtApprehension', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: '§7.3 [V][S17]', label: l('Force used at apprehension', 'Применение силы при задержании', 'Ұстау кезінде күш қолданылды') },
            { key: 'informedOfReasons', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'ICCPR art. 9(2); §7.3 [V][S17]', label: l('Informed of the reasons for detention', 'Сообщены причины задержания', 'Ұстау себептері хабарланды') },
            {
              key: 'protocolAt', kind: 'dateTime', requirement: 'O', sensitivity: 'S2', source: '§7.3 [V][S51]/[P]',
              label: l('Time in the detention or delivery protocol', 'Время по протоколу задержания или доставления', 'Ұстау немесе жеткізу хаттамасындағы уақыт'),
              hint: l('A gap from the actual apprehension suggests unregistered custody.', 'Разрыв с фактическим временем задержания указывает на незарегистрированное содержание.', 'Нақты ұсталған уақыттан алшақтық тіркелмеген ұстауды көрсетеді.'),
            },
            { key: 'takenTo', kind: 'vocabMulti', vocabulary: 'country.facilityTypes', requirement: 'F', sensitivity: 'S2', source: '§7.3 [V][S32] (V-32)', label: l('Taken to', 'Куда доставлен', 'Қайда жеткізілді') },
            { key: 'takenToDetails', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§7.3 [V][S32]: transfers', label: l('Places and times of transfers', 'Места и время перемещений', 'Ауыстыру орындары мен уақыты') },
            { key: 'relativesNotified', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: 'APT safeguards [S51]', label: l('Relatives notified', 'Родственники уведомлены', 'Туыстарына хабарланды') },
            { key: 'relativesNotifiedDetails', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'APT safeguards [S51]', when: { field: 'relativesNotified', equals: 'YES' }, label: l('When and by whom', 'Когда и кем', 'Қашан және кім хабарлады') },
            { key: 'lawyerAccess', kind: 'vocabMulti', vocabulary: 'huridocs.mt31', requirement: 'F', sensitivity: 'S1', source: 'ESF 3106 (mt31); HRW [S44]', label: l('Access to a lawyer', 'Доступ к защитнику', 'Қорғаушыға қол жеткізу') },
            { key: 'lawyerRequestedAt', kind: 'dateTime', requirement: 'O', sensitivity: 'S1', source: '§7.3 [V][S51]', label: l('Lawyer requested at', 'Время запроса защитника', 'Қорғаушы сұралған уақыт') },
            { key: 'lawyerFirstAccessAt', kind: 'dateTime', requirement: 'O', sensitivity: 'S1', source: '§7.3 [V][S51]', label: l('First access to a lawyer', 'Первая встреча с защитником', 'Қорғаушымен алғашқы кездесу') },
            { key: 'medicalExamOnAdmission', kind: 'tri', requirement: 'O', sensitivity: 'S1', source: 'APT safeguards [S51]', label: l('Medical examination on admission', 'Медицинский осмотр при поступлении', 'Қабылдау кезіндегі медициналық тексеру') },
            { key: 'whereabouts', kind: 'vocab', vocabulary: 'huridocs.mt30', requirement: 'F', sensitivity: 'S1', source: 'ESF 3105 (mt30)', label: l('Whereabouts and outside contact', 'Местонахождение и связь с внешним миром', 'Орналасқан жері және сыртқы әлеммен байланыс') },
            { key: 'itemsSeized', kind: 'vocabMulti', vocabulary: 'aigaq.itemsSeized', requirement: 'O', sensitivity: 'S2', source: '§7.3 [P]', label: l('Items seized', 'Изъятые вещи', 'Алынған заттар') },
            { key: 'proceedingType', kind: 'vocab', vocabulary: 'aigaq.proceedingType', requirement: 'M', sensitivity: 'S1', source: '§7.3 [V][S35]', label: l('Proceedings', 'Вид производства', 'Іс жүргізу түрі') },
            { key: 'charges', kind: 'vocabMulti', vocabulary: 'country.legalArticles', requirement: 'C', sensitivity: 'S1', source: '§7.3 [V][S35][S46] (V-36)', when: { field: 'proceedingType', in: CHARGED }, label: l('Articles charged', 'Вменённые статьи', 'Айып тағылған баптар') },
            { key: 'chargeDetails', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§7.3: article part and date', when: { field: 'proceedingType', in: CHARGED }, label: l('Parts of the articles, dates of the protocols', 'Части статей, даты протоколов', 'Баптардың бөліктері, хаттамалардың күні') },
            { key: 'caseNumber', kind: 'text', requirement: 'O', sensitivity: 'S3', source: 'ESF 3109 court case code; §7.3 [P]: may identify the person', when: { field: 'proceedingType', in: CHARGED }, label: l('Case number', 'Номер дела', 'Іс нөмірі') },
            { key: 'courtHearing', kind: 'tri', requirement: 'C', sensitivity: 'S1', source: '§7.3 fair-trial indicators [V][S2][S13]', when: { field: 'proceedingType', in: CHARGED }, label: l('Court hearing held', 'Состоялось судебное заседание', 'Сот отырысы өтті') },
            { key: 'hearingDate', kind: 'partialDate', requirement: 'C', sensitivity: 'S2', source: '§7.3 [V][S2][S13]', when: { field: 'courtHearing', equals: 'YES' }, label: l('Date of the hearing', 'Дата судебного заседания', 'Сот отырысының күні') },
            { key: 'courtType', kind: 'vocab', vocabulary: 'huridocs.mt32', requirement: 'C', sensitivity: 'S1', source: 'ESF 3107 (mt32)', when: { field: 'courtHearing', equals: 'YES' }, label: l('Type of court', 'Вид суда', 'Сот түрі') },
            { key: 'hearingMinutes', kind: 'integer', requirement: 'O', sensitivity: 'S2', source: '§7.3 fair-trial indicators', when: { field: 'courtHearing', equals: 'YES' }, label: l('Length of the hearing (minutes)', 'Продолжительность заседания (минут)', 'Отырыстың ұзақтығы (минут)') },
            { key: 'lawyerAtHearing', kind: 'tri', requirement: 'C', sensitivity: 'S2', source: 'ICCPR art. 14(3)(d); §7.3', when: { field: 'courtHearing', equals: 'YES' }, label: l('Lawyer present at the hearing', 'Защитник участвовал в заседании', 'Отырысқа қорғаушы қатысты') },
            { key: 'defendantPresent', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'ICCPR art. 14(3)(d); §7.3', when: { field: 'courtHearing', equals: 'YES' }, label: l('Detained person present at the hearing', 'Задержанный присутствовал на заседании', 'Ұсталған адам отырысқа қатысты') },
            { key: 'publicAccess', kind: 'tri', requirement: 'C', sensitivity: 'S2', source: 'ICCPR art. 14(1); §7.3', when: { field: 'courtHearing', equals: 'YES' }, label: l('Hearing open to the public', 'Заседание было открытым для публики', 'Отырыс жұртшылық үшін ашық болды') },
            { key: 'hearingLanguage', kind: 'vocab', vocabulary: 'aigaq.language', requirement: 'O', sensitivity: 'S1', source: 'ESF 3108 (mt33)', when: { field: 'courtHearing', equals: 'YES' }, label: l('Language of the hearing', 'Язык судопроизводства', 'Сот ісін жүргізу тілі') },
            { key: 'proceedingOutcome', kind: 'vocab', vocabulary: 'aigaq.proceedingOutcome', requirement: 'F', sensitivity: 'S1', source: '§7.3 [V][S7b][S29] (V-51)', label: l('Outcome of the proceedings', 'Результат производства', 'Іс жүргізу нәтижесі') },
            {
              key: 'fineMci', kind: 'integer', requirement: 'C', sensitivity: 'S1', source: 'CAO RK sanctions in MCI (V-51)', when: { field: 'proceedingOutcome', equals: 'FINE' },
              label: l('Fine (MCI)', 'Штраф (МРП)', 'Айыппұл (АЕК)'),
              hint: l('In monthly calculation indices.', 'В месячных расчётных показателях.', 'Айлық есептік көрсеткішпен.'),
            },
            { key: 'arrestDays', kind: 'integer', min: 1, max: 90, requirement: 'C', sensitivity: 'S1', source: 'CAO RK administrative arrest; §7.3 (V-51)', when: { field: 'proceedingOutcome', equals: 'ADMINISTRATIVE_ARREST' }, label: l('Administrative arrest (days)', 'Административный арест (суток)', 'Әкімшілік қамаққа алу (тәулік)') },
            { key: 'sentence', kind: 'text', requirement: 'C', sensitivity: 'S1', source: '§7.3 [V][S29]', when: { field: 'proceedingOutcome', in: SENTENCED }, label: l('Sentence imposed', 'Назначенное наказание', 'Тағайындалған жаза') },
            { key: 'appealed', kind: 'tri', requirement: 'O', sensitivity: 'S1', source: '§7.3 [P]', label: l('Appealed', 'Обжаловано', 'Шағымданды') },
            { key: 'appealOutcome', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§7.3 [P]', when: { field: 'appealed', equals: 'YES' }, label: l('Outcome of the appeal', 'Результат обжалования', 'Шағымның нәтижесі') },
            // The doc makes release F; a person serving an arrest is not yet released, so the record
            // says so explicitly and the release time is asked for once it is known.
            { key: 'stillDeprivedOfLiberty', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§7.3 [P]: time in custody', label: l('Still deprived of liberty', 'Всё ещё лишён свободы', 'Әлі де бас бостандығынан айырылған') },
            { key: 'releasedAt', kind: 'dateTime', requirement: 'C', sensitivity: 'S1', source: '§7.3 [P]: time in custody', when: { field: 'stillDeprivedOfLiberty', equals: 'NO' }, label: l('Released at', 'Время освобождения', 'Босатылған уақыты') },
            { key: 'esfDetentionType', kind: 'vocab', vocabulary: 'huridocs.mt29', requirement: 'F', sensitivity: 'S1', source: 'ESF 3103 (mt29)', label: l('Type of detention (HURIDOCS)', 'Вид лишения свободы (HURIDOCS)', 'Бас бостандығынан айыру түрі (HURIDOCS)') },
            { key: 'wgadCategories', kind: 'vocabMulti', vocabulary: 'aigaq.wgadCategory', requirement: 'O', sensitivity: 'S1', source: 'UN WGAD methods of work [S25] (V-52)', label: l('Arbitrary detention (WGAD categories)', 'Произвольность задержания (категории РГПЗ ООН)', 'Озбырлықпен ұстау (БҰҰ жұмыс тобының санаттары)') },
            { key: 'illTreatmentAlleged', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: '§7.3 [V][S43][S44]', label: l('Ill-treatment alleged', 'Заявлено о жестоком обращении', 'Қатыгездік туралы мәлімделді') },
            { key: 'linkedAllegation', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§7.3: link to the torture allegation record', when: { field: 'illTreatmentAlleged', equals: 'YES' }, label: l('Linked torture allegation record', 'Связанная запись о пытках', 'Азаптау туралы байланысты жазба') },
            { key: 'victimStatus', kind: 'vocab', vocabulary: 'huridocs.mt25', requirement: 'F', sensitivity: 'S1', source: 'ESF Act, latest status as victim (mt25)', label: l('Status at the end of the record', 'Положение лица на момент завершения записи', 'Жазба аяқталған кездегі тұлғаның жағдайы') },
          ],
        },
      ],
    },
    {
      key: 'perpetrators',
      label: l('Alleged perpetrators', 'Предполагаемые исполнители', 'Болжамды орындаушылар'),
      fields: [perpetratorsField],
    },
    sourcesSection,
    followUpSection,
    riskSection,
  ],
};
