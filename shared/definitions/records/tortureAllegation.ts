import type { FormDefinition } from '../fieldDefinition';
import { l } from '../labels';
import { eventHeader, followUpSection, perpetratorsField, riskSection, sourcesSection } from './commonSections';

// A torture or ill-treatment allegation (domain-model §6): the Istanbul Protocol's list of what to
// obtain (circumstances, dates, place, what was said, routine, methods, sexual violence, injuries,
// objects, witnesses), the APT checklist for allegations received on visits (detaining authority,
// complaints and their fate, official response, isolated case or pattern), and HURIDOCS ESF Act +
// TortureDetail (33xx) so that acts and methods count with the other record types.
//
// Two-stage requirements (domain.md): capture must never be blocked. Besides the event header,
// only the victim, the date reported, the context and "still in custody" (which drives urgency)
// are M. The doc's other M fields (who reported it, the places, the exam's date and consent…) are
// F here: needed to finalise, listed as gaps until then, never a reason to refuse a draft.

/** mt36 codes for "a statement was signed", by force or not: then ask whether it was used. */
const STATEMENT_SIGNED = ['010000000000', '040000000000', '050000000000'];
/** aigaq.complaintOutcome codes that are a decision with a date (everything but silence). */
const DECIDED = ['REFUSAL_TO_REGISTER', 'INVESTIGATION_OPENED_TORTURE', 'INVESTIGATION_OPENED_OTHER', 'DISCONTINUED', 'SENT_TO_COURT', 'CONVICTION', 'ACQUITTAL', 'PLEA_AGREEMENT'];

export const tortureAllegationV1: FormDefinition = {
  id: 'TORTURE_ALLEGATION',
  version: 1,
  label: l('Torture or ill-treatment allegation', 'Заявление о пытках или жестоком обращении', 'Азаптау немесе қатыгез іс-әрекет туралы арыз'),
  standards: 'Istanbul Protocol (2022 edition: paras 356, 418, annexes III and IV), PHR Istanbul Protocol curriculum, APT Detention Focus checklist for allegations, HURIDOCS ESF Act (21xx) and TortureDetail (33xx), CAT arts. 1, 13, 14',
  sections: [
    eventHeader,
    {
      key: 'allegation',
      label: l('Allegation and context', 'Заявление и обстоятельства', 'Арыз және мән-жайлар'),
      fields: [
        { key: 'victim', kind: 'person', requirement: 'M', sensitivity: 'S2', source: '§6.1 [V][S6][S17]; ESF Act victim', label: l('Victim', 'Пострадавший', 'Жәбірленуші') },
        {
          key: 'reportedBy', kind: 'person', requirement: 'F', sensitivity: 'S2', source: 'APT checklist: the person alleging, if not the victim',
          label: l('Reported by', 'Кто сообщил', 'Кім хабарлады'),
          hint: l('The victim again if they reported it themselves.', 'Сам пострадавший, если он сообщил сам.', 'Жәбірленушінің өзі хабарласа, соны көрсетіңіз.'),
        },
        { key: 'reporterConnection', kind: 'vocab', vocabulary: 'huridocs.mt19', requirement: 'F', sensitivity: 'S1', source: 'ESF 2509 (mt19): relative, lawyer, cellmate…', label: l('Connection of the reporter to the events', 'Связь сообщившего с событиями', 'Хабарлаушының оқиғаға қатысы') },
        { key: 'dateReported', kind: 'partialDate', requirement: 'M', sensitivity: 'S1', source: 'APT checklist', label: l('Date reported', 'Дата сообщения', 'Хабарланған күні') },
        {
          key: 'lastInstanceDate', kind: 'partialDate', requirement: 'F', sensitivity: 'S2', source: 'IP: approximate dates and times, incl. the last instance',
          label: l('Date of the last instance', 'Дата последнего эпизода', 'Соңғы эпизодтың күні'),
          hint: l('The first instance is the start date of the event.', 'Первый эпизод — это дата начала события.', 'Алғашқы эпизод — оқиғаның басталған күні.'),
        },
        { key: 'timesOfDay', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: approximate dates and times', label: l('Approximate times', 'Примерное время', 'Шамамен уақыты') },
        { key: 'illTreatmentContext', kind: 'vocab', vocabulary: 'aigaq.illTreatmentContext', requirement: 'M', sensitivity: 'S1', source: '§6.1 V-57 [V][S17][S43]', label: l('Context of the ill-treatment', 'Контекст жестокого обращения', 'Қатыгез іс-әрекет жасалған жағдай') },
        { key: 'placeTypes', kind: 'vocabMulti', vocabulary: 'country.facilityTypes', requirement: 'F', sensitivity: 'S1', source: '§6.1 [V][S6][S43]: incl. vehicles and makeshift sites (V-32)', label: l('Type of place(s)', 'Тип места (мест)', 'Орын(дар) түрі') },
        { key: 'places', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: '§6.1 [V][S6][S17]: place(s), incl. vehicles', label: l('Place(s): name, address, room, vehicle', 'Место (места): название, адрес, помещение, транспорт', 'Орын(дар): атауы, мекенжайы, бөлмесі, көлігі') },
        { key: 'circumstances', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: 'IP: circumstances leading up to the torture', label: l('Circumstances leading up to it', 'Предшествующие обстоятельства', 'Оған дейінгі мән-жайлар') },
        { key: 'custodyEntry', kind: 'vocab', vocabulary: 'aigaq.custodyEntry', requirement: 'F', sensitivity: 'S2', source: 'PHR IP curriculum: how the person came into the perpetrators\u2019 hands', label: l('How the person came into custody', 'Как человек оказался под стражей', 'Адам қалай ұсталды') },
        { key: 'reasonGiven', kind: 'text', requirement: 'C', sensitivity: 'S2', source: 'ESF 2113 stated reason; IP: what reason was given', when: { field: 'custodyEntry', unless: 'ALREADY_IN_PRISON' }, label: l('Reason given', 'Названное основание', 'Айтылған негіз') },
        { key: 'forceAtCustodyEntry', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'PHR IP curriculum: violence or restraints used at arrest', label: l('Force or restraints used at arrest', 'Сила или спецсредства при задержании', 'Ұстау кезінде қолданылған күш немесе арнайы құралдар') },
        { key: 'custodyRegistered', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§6.1 [V][S51]; mt30: unacknowledged detention is a major risk factor', label: l('Custody officially registered', 'Задержание официально оформлено', 'Ұстау ресми түрде ресімделді') },
        { key: 'hoursBeforeIllTreatment', kind: 'integer', max: 100_000, requirement: 'O', sensitivity: 'S1', source: '§6.1 [V][S51]: safeguards in the first hours', label: l('Hours in custody before the ill-treatment', 'Часов под стражей до жестокого обращения', 'Қатыгез іс-әрекетке дейін қамауда болған сағат') },
        { key: 'hoursBeforeLawyer', kind: 'integer', max: 100_000, requirement: 'O', sensitivity: 'S1', source: '§6.1 [V][S51]: access to a lawyer from the first hours', label: l('Hours in custody before seeing a lawyer', 'Часов под стражей до встречи с адвокатом', 'Адвокатпен кездескенге дейін қамауда болған сағат') },
        { key: 'detainingAuthority', kind: 'vocab', vocabulary: 'country.authorities', requirement: 'F', sensitivity: 'S1', source: 'APT checklist: details of the detaining authority (V-33)', label: l('Detaining authority', 'Задержавший орган', 'Ұстаған орган') },
        {
          key: 'whatWasSaid', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'IP: what was asked of or told to the victim',
          label: l('What was asked or said', 'Что спрашивали или говорили', 'Не сұрады немесе не айтты'),
          hint: l('Quote the words where the person remembers them: demands for a confession, names of others.', 'Приводите слова дословно, если человек их помнит: требования признаться, имена других людей.', 'Адам есінде сақтаса, сөздерді дәл келтіріңіз: мойындауды талап ету, басқа адамдардың аттары.'),
        },
        { key: 'purpose', kind: 'vocabMulti', vocabulary: 'huridocs.mt38', requirement: 'O', sensitivity: 'S1', source: 'ESF 3351 (mt38); CAT art. 1, CC art. 146 purposes (V-10b)', label: l('Apparent purpose', 'Предполагаемая цель', 'Болжамды мақсаты') },
        { key: 'placeRoutine', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'IP: the usual routine in the place of detention', label: l('Routine of the place of detention', 'Распорядок в месте содержания', 'Ұстау орнындағы күн тәртібі') },
        { key: 'witnesses', kind: 'persons', requirement: 'O', sensitivity: 'S2', source: 'APT checklist; IP: identity of witnesses', label: l('Witnesses', 'Свидетели', 'Куәлар') },
        { key: 'actType', kind: 'vocab', vocabulary: 'huridocs.mt04', requirement: 'F', sensitivity: 'S1', source: 'ESF 2109 (mt04, required in OpenEvSys): 020111110000 Torture', label: l('Type of act', 'Вид деяния', 'Іс-әрекет түрі') },
        { key: 'victimAgeAtTime', kind: 'integer', max: 120, requirement: 'F', sensitivity: 'S1', source: 'ESF 2118', label: l('Age of the victim at the time', 'Возраст пострадавшего на момент событий', 'Оқиға кезіндегі жәбірленушінің жасы') },
        { key: 'victimCharacteristics', kind: 'vocabMulti', vocabulary: 'huridocs.mt23', requirement: 'O', sensitivity: 'S1', source: 'ESF 2152 (mt23)', label: l('Victim characteristics', 'Характеристики пострадавшего', 'Жәбірленушінің сипаттамалары') },
        { key: 'legalArticles', kind: 'vocabMulti', vocabulary: 'country.legalArticles', requirement: 'O', sensitivity: 'S1', source: 'ESF 2154 national legislation (V-36)', label: l('Articles of law concerned', 'Применимые статьи закона', 'Қатысты заң баптары') },
        { key: 'stillInCustody', kind: 'tri', requirement: 'M', sensitivity: 'S2', source: '§6.1 [V][S24]: drives urgency (urgent appeal)', label: l('Still in custody', 'Всё ещё под стражей', 'Әлі де қамауда') },
        { key: 'urgentActionNeeded', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§6.1 [V][S24]: urgent appeal (bool in the doc; tri so "no" is never a default)', label: l('Urgent action needed', 'Требуются срочные меры', 'Шұғыл шаралар қажет') },
        {
          key: 'sexualViolenceAlleged', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'IP: any sexual assault (asked of every allegation)',
          label: l('Sexual violence alleged', 'Заявлено о сексуальном насилии', 'Жыныстық зорлық-зомбылық туралы айтылды'),
          hint: l('Details go in the method rows marked as sexual violence, which are restricted.', 'Подробности вносятся в строки методов с отметкой о сексуальном насилии: доступ к ним ограничен.', 'Толық мәлімет жыныстық зорлық-зомбылық деп белгіленген әдіс жолдарына енгізіледі: оларға қол жеткізу шектеулі.'),
        },
        {
          key: 'allegedCharacterisation', kind: 'vocab', vocabulary: 'aigaq.legalCharacterisation', requirement: 'F', sensitivity: 'S1', source: '§6.1 [V][S36]: as alleged',
          label: l('Characterisation as alleged', 'Квалификация со слов заявителя', 'Арыз берушінің сөзі бойынша саралау'),
          hint: l('Torture (CAT art. 1, CC art. 146) or cruel, inhuman or degrading treatment.', 'Пытки (ст. 1 Конвенции против пыток, ст. 146 УК) или жестокое, бесчеловечное или унижающее достоинство обращение.', 'Азаптау (Азаптауларға қарсы конвенцияның 1-бабы, ҚК 146-бабы) немесе қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекет.'),
        },
        {
          key: 'assessedCharacterisation', kind: 'vocab', vocabulary: 'aigaq.legalCharacterisation', requirement: 'F', sensitivity: 'S1', source: '§6.1 [P]: as assessed by the organisation; never overwrites the allegation',
          label: l('Characterisation as assessed by the organisation', 'Квалификация по оценке организации', 'Ұйымның бағалауы бойынша саралау'),
        },
        { key: 'patternNotes', kind: 'longText', requirement: 'O', sensitivity: 'S1', source: 'APT checklist: isolated case or pattern', label: l('Isolated case or pattern', 'Единичный случай или системная практика', 'Жекелеген жағдай ма, әлде жүйелі тәжірибе ме') },
      ],
    },
    {
      key: 'treatment',
      label: l('Methods of ill-treatment', 'Методы жестокого обращения', 'Қатыгез іс-әрекет әдістері'),
      fields: [
        {
          key: 'methods', kind: 'group', requirement: 'F', sensitivity: 'S2', source: '§6.2; IP per-method detail [V][S17]; ESF 2114 (mt05)', minRows: 1,
          label: l('Methods applied (one row per method per session)', 'Применённые методы (строка на каждый метод в каждом эпизоде)', 'Қолданылған әдістер (әр эпизодтағы әр әдіске бір жол)'),
          fields: [
            { key: 'methodCode', kind: 'vocab', vocabulary: 'huridocs.mt05', requirement: 'M', sensitivity: 'S1', source: 'ESF 2114 (mt05) + local children (V-09)', label: l('Method', 'Метод', 'Әдіс') },
            { key: 'session', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§6.2 [V][S17]: where and when', label: l('Session (when and where)', 'Эпизод (когда и где)', 'Эпизод (қашан және қайда)') },
            { key: 'sessionDate', kind: 'partialDate', requirement: 'O', sensitivity: 'S2', source: '§6.2 [V][S17]', label: l('Date of the session', 'Дата эпизода', 'Эпизодтың күні') },
            { key: 'duration', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: for how long', label: l('Duration', 'Продолжительность', 'Ұзақтығы') },
            { key: 'frequency', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: frequency', label: l('How often', 'Как часто', 'Қаншалықты жиі') },
            { key: 'position', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: body position or restraint', label: l('Body position or restraint', 'Положение тела или способ фиксации', 'Дене қалпы немесе байлау тәсілі') },
            { key: 'instrument', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: weapons or objects used; for electricity the device and electrodes', label: l('Instrument or object used', 'Орудие или предмет', 'Қолданылған құрал немесе зат') },
            { key: 'bodyRegions', kind: 'vocabMulti', vocabulary: 'aigaq.bodyRegion', requirement: 'O', sensitivity: 'S2', source: 'IP: anatomical location (V-58)', label: l('Anatomical location', 'Анатомическая локализация', 'Анатомиялық орналасуы') },
            { key: 'contact', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: nature of contact', label: l('Nature of contact', 'Характер воздействия', 'Әсер ету сипаты') },
            { key: 'perpetratorsPresent', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: who was present (positions; names only after verification)', label: l('Who was present', 'Кто присутствовал', 'Кім қатысты') },
            { key: 'couldSee', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'IP: could the person see (blindfold, hood)', label: l('Could see (no blindfold or hood)', 'Мог видеть (без повязки или мешка на голове)', 'Көре алды (көзі байланбаған, басына қап кигізілмеген)') },
            { key: 'lossOfConsciousness', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'IP: loss of consciousness', label: l('Loss of consciousness', 'Потеря сознания', 'Есінен тану') },
            { key: 'lossOfConsciousnessCause', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP: cause of loss of consciousness', when: { field: 'lossOfConsciousness', equals: 'YES' }, label: l('Cause of loss of consciousness', 'Причина потери сознания', 'Есінен тану себебі') },
            { key: 'bleeding', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'IP: bleeding', label: l('Bleeding', 'Кровотечение', 'Қан кету') },
            { key: 'headTrauma', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'IP: head trauma', label: l('Head trauma', 'Травма головы', 'Бас жарақаты') },
            { key: 'conditionAfter', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: 'IP: condition at the end of the session', label: l('Condition at the end of the session', 'Состояние после эпизода', 'Эпизод соңындағы жағдайы') },
            // The doc marks this C: setting it moves the row to a restricted partition. That describes
            // what it does, not when it is needed; whether sexual violence was alleged at all is the
            // allegation's F question `sexualViolenceAlleged`, so the row's flag stays optional.
            { key: 'sexualViolence', kind: 'boolean', requirement: 'O', sensitivity: 'S2', source: '§6.2 [V][S17]; restricted-access partition', label: l('Sexual violence (restricted access)', 'Сексуальное насилие (ограниченный доступ)', 'Жыныстық зорлық-зомбылық (қол жеткізу шектеулі)') },
          ],
        },
      ],
    },
    {
      key: 'consequences',
      label: l('Consequences and medical evidence', 'Последствия и медицинские доказательства', 'Салдары және медициналық дәлелдер'),
      fields: [
        { key: 'physicalSymptoms', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: 'ESF 2116; IP annex IV: physical symptoms and disabilities', label: l('Physical symptoms and disabilities', 'Физические симптомы и нарушения функций', 'Физикалық белгілер мен функция бұзылыстары') },
        { key: 'psychologicalSymptoms', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: 'ESF 2117; IP annex IV: psychological history and symptoms', label: l('Psychological symptoms', 'Психологические симптомы', 'Психологиялық белгілер') },
        { key: 'currentMedicalNeeds', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: '§6.3 [V][S16]; APT: need for treatment', label: l('Current medical needs', 'Текущие медицинские потребности', 'Қазіргі медициналық қажеттіліктер') },
        { key: 'referralMade', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: '§6.3 [V][S16]', label: l('Referral made', 'Направлен к специалисту', 'Маманға жолданды') },
        // ESF puts medical attention in TortureDetail (per act), not per examination: "no medical
        // attention was provided" is exactly the case where there was no exam row to hold it.
        { key: 'medicalAttention', kind: 'vocabMulti', vocabulary: 'huridocs.mt37', requirement: 'F', sensitivity: 'S2', source: 'ESF 3312 (mt37), incl. participation of medical officers', label: l('Medical attention and role of medical staff', 'Медицинская помощь и роль медработников', 'Медициналық көмек және медицина қызметкерлерінің рөлі') },
        { key: 'statementsSigned', kind: 'vocab', vocabulary: 'huridocs.mt36', requirement: 'F', sensitivity: 'S2', source: 'ESF 3311 (mt36)', label: l('Statements signed', 'Подписание показаний', 'Жауаптарға қол қою') },
        { key: 'confessionUsed', kind: 'tri', requirement: 'C', sensitivity: 'S2', source: '§6.3 [P]; CC art. 146: to obtain a confession', when: { field: 'statementsSigned', in: STATEMENT_SIGNED }, label: l('Confession or statement used in proceedings', 'Признание или показания использованы в деле', 'Мойындау немесе жауаптар іс жүргізуде пайдаланылды') },
        {
          key: 'bodyMarks', kind: 'group', requirement: 'O', sensitivity: 'S2', source: 'IP 2022 para 356 and annex III: body diagrams',
          label: l('Marks on the body diagram', 'Отметки на схеме тела', 'Дене сызбасындағы белгілер'),
          fields: [
            { key: 'view', kind: 'vocab', vocabulary: 'aigaq.bodyView', requirement: 'M', sensitivity: 'S2', source: 'IP annex III (genital view restricted)', label: l('Diagram view', 'Проекция схемы', 'Сызба көрінісі') },
            { key: 'positionX', kind: 'integer', max: 1000, requirement: 'O', sensitivity: 'S2', source: 'IP annex III: place on a standard diagram', label: l('Position across (0–1000)', 'Положение по горизонтали (0–1000)', 'Көлденең орны (0–1000)') },
            { key: 'positionY', kind: 'integer', max: 1000, requirement: 'O', sensitivity: 'S2', source: 'IP annex III: place on a standard diagram', label: l('Position down (0–1000)', 'Положение по вертикали (0–1000)', 'Тік орны (0–1000)') },
            { key: 'markRegion', kind: 'vocab', vocabulary: 'aigaq.bodyRegion', requirement: 'F', sensitivity: 'S2', source: 'V-58 body regions', label: l('Body region', 'Область тела', 'Дене аймағы') },
            { key: 'lesionType', kind: 'vocab', vocabulary: 'aigaq.lesionType', requirement: 'F', sensitivity: 'S2', source: 'IP ch. V [K]; V-58', label: l('Type of lesion', 'Вид повреждения', 'Жарақат түрі') },
            { key: 'sizeMm', kind: 'integer', max: 2000, requirement: 'O', sensitivity: 'S2', source: 'IP annex III', label: l('Size (mm)', 'Размер (мм)', 'Өлшемі (мм)') },
            { key: 'colour', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP annex III', label: l('Colour', 'Цвет', 'Түсі') },
            { key: 'estimatedAge', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP ch. V: age of the lesion', label: l('Estimated age of the lesion', 'Давность повреждения', 'Жарақаттың болжамды ескілігі') },
            { key: 'photographed', kind: 'tri', requirement: 'O', sensitivity: 'S2', source: 'IP 2022 para 356: colour photographs', label: l('Photographed', 'Сфотографировано', 'Суретке түсірілді') },
            { key: 'markConsistency', kind: 'vocab', vocabulary: 'aigaq.ipConsistency', requirement: 'O', sensitivity: 'S2', source: 'IP 2022 para 418 (V-31)', label: l('Consistency with the allegation', 'Степень соответствия заявлению', 'Арызға сәйкестік дәрежесі') },
            { key: 'markRecordedBy', kind: 'text', requirement: 'O', sensitivity: 'S2', source: '§6.3 examiner', label: l('Recorded by', 'Кем зафиксировано', 'Кім тіркеді') },
          ],
        },
        { key: 'medicalExamHeld', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'APT checklist: medical certificate; IP annex IV', label: l('Medical examination held', 'Проводилось медицинское освидетельствование', 'Медициналық куәландыру жүргізілді') },
        {
          key: 'medicalExams', kind: 'group', requirement: 'C', sensitivity: 'S2', source: '§6.3 MedicalExam; IP annex IV case information', when: { field: 'medicalExamHeld', equals: 'YES' },
          label: l('Medical examinations', 'Медицинские освидетельствования', 'Медициналық куәландырулар'),
          fields: [
            { key: 'examDate', kind: 'partialDate', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: date of exam', label: l('Date of the examination', 'Дата освидетельствования', 'Куәландыру күні') },
            { key: 'examDurationMinutes', kind: 'integer', max: 10_000, requirement: 'O', sensitivity: 'S2', source: 'IP annex IV: duration', label: l('Duration (minutes)', 'Продолжительность (минут)', 'Ұзақтығы (минут)') },
            { key: 'examinerType', kind: 'vocab', vocabulary: 'aigaq.examinerType', requirement: 'M', sensitivity: 'S1', source: '§6.3 [V][S51][S17]', label: l('Examined by', 'Кем проведено', 'Кім жүргізді') },
            { key: 'clinician', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP annex IV: clinician', label: l('Clinician', 'Врач', 'Дәрігер') },
            { key: 'requestedBy', kind: 'text', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: requested by', label: l('Requested by', 'По чьему запросу', 'Кімнің сұрауы бойынша') },
            { key: 'informedConsent', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: informed consent y/n', label: l('Informed consent given', 'Получено информированное согласие', 'Ақпараттандырылған келісім алынды') },
            { key: 'consentRefusalReason', kind: 'text', requirement: 'C', sensitivity: 'S2', source: 'IP annex IV: if not, why', when: { field: 'informedConsent', equals: 'NO' }, label: l('Why consent was not given', 'Почему согласие не дано', 'Келісім неге берілмеді') },
            { key: 'examInterpreter', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: interpreter y/n', label: l('Interpreter', 'Переводчик', 'Аудармашы') },
            { key: 'interpreterName', kind: 'text', requirement: 'O', sensitivity: 'S2', source: 'IP annex IV: interpreter name', when: { field: 'examInterpreter', equals: 'YES' }, label: l('Interpreter\u2019s name', 'Имя переводчика', 'Аудармашының аты-жөні') },
            { key: 'personsPresent', kind: 'text', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: persons present during exam (police presence noted)', label: l('Persons present during the examination', 'Присутствовавшие при освидетельствовании', 'Куәландыру кезінде қатысқандар') },
            { key: 'restrainedDuringExam', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: restrained during exam', label: l('Restrained during the examination', 'Применялись наручники или иные средства ограничения', 'Кісен немесе басқа шектеу құралдары қолданылды') },
            { key: 'restraintDetails', kind: 'text', requirement: 'C', sensitivity: 'S2', source: 'IP annex IV: how and why', when: { field: 'restrainedDuringExam', equals: 'YES' }, label: l('How and why restrained', 'Как и почему', 'Қалай және не себепті') },
            {
              key: 'restrictionsOnExam', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: 'IP annex IV: evaluation conducted without restriction (subjects in custody)',
              label: l('Restrictions on the examination', 'Ограничения при освидетельствовании', 'Куәландыруға қойылған шектеулер'),
              hint: l('Write "none" if there were none.', 'Если ограничений не было, напишите «нет».', 'Шектеу болмаса, «жоқ» деп жазыңыз.'),
            },
            { key: 'ipCompliantReport', kind: 'tri', requirement: 'F', sensitivity: 'S2', source: 'IP 2022 ch. VI and annex IV', label: l('Report follows the Istanbul Protocol', 'Заключение соответствует Стамбульскому протоколу', 'Қорытынды Стамбул хаттамасына сәйкес') },
            { key: 'findingsSummary', kind: 'longText', requirement: 'F', sensitivity: 'S2', source: 'IP 2022 para 356', label: l('Summary of findings', 'Краткое изложение выводов', 'Тұжырымдардың қысқаша мазмұны') },
            { key: 'physicalConsistency', kind: 'vocab', vocabulary: 'aigaq.ipConsistency', requirement: 'C', sensitivity: 'S2', source: 'IP 2022 para 418: physical evidence', when: { field: 'ipCompliantReport', equals: 'YES' }, label: l('Consistency of the physical evidence', 'Соответствие физических признаков', 'Физикалық белгілердің сәйкестігі') },
            { key: 'psychologicalConsistency', kind: 'vocab', vocabulary: 'aigaq.ipConsistency', requirement: 'C', sensitivity: 'S2', source: 'IP 2022 para 418: psychological evidence', when: { field: 'ipCompliantReport', equals: 'YES' }, label: l('Consistency of the psychological evidence', 'Соответствие психологических признаков', 'Психологиялық белгілердің сәйкестігі') },
            { key: 'reportReference', kind: 'text', requirement: 'C', sensitivity: 'S2', source: '§6.3 report document (evidence item)', when: { field: 'ipCompliantReport', equals: 'YES' }, label: l('Report reference or evidence item', 'Реквизиты заключения или вещественного материала', 'Қорытындының немесе дәлел материалының деректемелері') },
          ],
        },
      ],
    },
    {
      key: 'remedies',
      label: l('Complaints and remedies', 'Жалобы и средства правовой защиты', 'Шағымдар және құқықтық қорғау құралдары'),
      fields: [
        {
          key: 'complaints', kind: 'group', requirement: 'F', sensitivity: 'S2', source: '§6.4 ComplaintProceeding; APT checklist; CAT arts. 13, 14', minRows: 1,
          label: l('Complaints (one row per complaint or avenue considered)', 'Жалобы (строка на каждую жалобу или рассмотренный путь)', 'Шағымдар (әр шағымға немесе қарастырылған жолға бір жол)'),
          fields: [
            { key: 'complaintFiled', kind: 'tri', requirement: 'M', sensitivity: 'S1', source: '§6.4 [V][S6]', label: l('Complaint filed', 'Жалоба подана', 'Шағым берілді') },
            { key: 'notFiledReason', kind: 'text', requirement: 'C', sensitivity: 'S2', source: '§6.4 [V][S6]: fear, no access to a lawyer…', when: { field: 'complaintFiled', equals: 'NO' }, label: l('Why no complaint was filed', 'Почему жалоба не подана', 'Шағым неге берілмеді') },
            { key: 'filedWith', kind: 'vocab', vocabulary: 'country.complaintAuthorities', requirement: 'C', sensitivity: 'S1', source: '§6.4 V-53 [V][S29][S45b][S8c]', when: { field: 'complaintFiled', equals: 'YES' }, label: l('Filed with', 'Куда подана', 'Қайда берілді') },
            { key: 'complaintDate', kind: 'partialDate', requirement: 'C', sensitivity: 'S1', source: '§6.4 date filed', when: { field: 'complaintFiled', equals: 'YES' }, label: l('Date filed', 'Дата подачи', 'Берілген күні') },
            { key: 'complaintReference', kind: 'text', requirement: 'C', sensitivity: 'S2', source: '§6.4 reference (e.g. registration in the pre-trial register)', when: { field: 'complaintFiled', equals: 'YES' }, label: l('Reference number', 'Регистрационный номер', 'Тіркеу нөмірі') },
            { key: 'complaintOutcome', kind: 'vocab', vocabulary: 'aigaq.complaintOutcome', requirement: 'C', sensitivity: 'S1', source: '§6.4 V-53b [V][S29][S52]', when: { field: 'complaintFiled', equals: 'YES' }, label: l('Outcome', 'Результат', 'Нәтижесі') },
            { key: 'outcomeDate', kind: 'partialDate', requirement: 'C', sensitivity: 'S1', source: '§6.4 outcome date', when: { field: 'complaintOutcome', in: DECIDED }, label: l('Date of the decision', 'Дата решения', 'Шешім күні') },
            { key: 'officialResponse', kind: 'vocab', vocabulary: 'huridocs.mt28', requirement: 'O', sensitivity: 'S1', source: 'ESF 2115 (mt28); APT: official response', label: l('Official response', 'Официальная реакция', 'Ресми жауап') },
            // F in the doc's ComplaintProceeding table, which exists only once a complaint is filed.
            { key: 'reprisalsAfterComplaint', kind: 'tri', requirement: 'C', sensitivity: 'S2', source: '§6.4 [V][S29]', when: { field: 'complaintFiled', equals: 'YES' }, label: l('Reprisals after the complaint', 'Преследование после жалобы', 'Шағымнан кейінгі қудалау') },
            { key: 'complaintReprisalsDescription', kind: 'text', requirement: 'C', sensitivity: 'S2', source: '§6.4 [V][S29]', when: { field: 'reprisalsAfterComplaint', equals: 'YES' }, label: l('What reprisals', 'Какие преследования', 'Қандай қудалау') },
            { key: 'redress', kind: 'vocabMulti', vocabulary: 'aigaq.redress', requirement: 'O', sensitivity: 'S1', source: '§6.4 [V][S18]; CAT art. 14', label: l('Redress', 'Возмещение вреда', 'Зиянды өтеу') },
            { key: 'redressDetails', kind: 'text', requirement: 'O', sensitivity: 'S1', source: '§6.4 [K]', when: { field: 'redress', filled: true }, label: l('Redress details', 'Подробности возмещения', 'Өтеу туралы толығырақ') },
          ],
        },
      ],
    },
    {
      key: 'verification',
      label: l('Verification', 'Проверка достоверности', 'Растығын тексеру'),
      fields: [
        {
          key: 'independentSources', kind: 'integer', max: 1000, requirement: 'F', sensitivity: 'S1', source: '§6.5 [V][S17][S4]: corroboration',
          label: l('Independent sources', 'Независимые источники', 'Тәуелсіз дереккөздер'),
          hint: l('How many sources, independent of each other, support the allegation.', 'Сколько не зависящих друг от друга источников подтверждают заявление.', 'Арызды бір-бірінен тәуелсіз қанша дереккөз растайды.'),
        },
        { key: 'overallReliability', kind: 'vocab', vocabulary: 'huridocs.mt42', requirement: 'F', sensitivity: 'S1', source: '§6.5: reliability (mt42) weighed over all sources; each source keeps its own in Sources', label: l('Overall reliability of the information', 'Общая достоверность информации', 'Ақпараттың жалпы сенімділігі') },
        { key: 'medicalEvidence', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§6.5 [V][S17]', label: l('Medical evidence', 'Медицинские доказательства', 'Медициналық дәлелдер') },
        { key: 'documentaryEvidence', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§6.5 [V][S17]', label: l('Documentary evidence', 'Документальные доказательства', 'Құжаттық дәлелдер') },
        { key: 'consistentWithLocalMethods', kind: 'tri', requirement: 'F', sensitivity: 'S1', source: '§6.5 [P]; V-09 local methods [V][S43][S44]', label: l('Consistent with known local methods', 'Соответствует известным местным методам', 'Белгілі жергілікті әдістерге сәйкес') },
        { key: 'verificationNotes', kind: 'longText', requirement: 'O', sensitivity: 'S2', source: '§6.5 [P]', label: l('Verification notes', 'Заметки о проверке', 'Тексеру туралы жазбалар') },
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
