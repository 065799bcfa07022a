import { EXAMPLE_PEOPLE } from '../../../shared/definitions/records/examples/commonExample';
import { currentDefinition } from '../../../shared/definitions/registry';
import { incidentSummary, type SummaryOptions } from '../../../shared/summaries/incidentSummary';
import type { SummaryLevel } from '../../../shared/summaries/summaryLevel';
import { summaryHtmlPage, summaryMarkdown, summaryPlainText } from '../../../shared/summaries/renderSummary';
import { DEFAULT_TEMPLATES, SummaryTemplate } from '../../../shared/summaries/summaryTemplate';
import type { Locale } from '../../../shared/settings/settings';
import { allegationValues, CANARIES, summaryInput } from './summaryFixture';

const LOCALES: readonly Locale[] = ['en', 'ru', 'kk'];
const LEVELS: readonly SummaryLevel[] = ['internal', 'external'];
const options = (language: Locale, level: SummaryLevel): SummaryOptions => ({ language, level, preparedOn: '2026-11-23', preparedBy: 'Coordinator A' });

/** Every output format of one summary, side by side. */
function outputs(language: Locale, level: SummaryLevel, input = summaryInput()) {
  const document = incidentSummary(input, options(language, level));
  return { markdown: summaryMarkdown(document), html: summaryHtmlPage(document), text: summaryPlainText(document) };
}

describe('an incident summary', () => {
  it.each(LOCALES)('is deterministic in %s: same record and options, same bytes, whatever the order of people', (language) => {
    for (const level of LEVELS) {
      const input = summaryInput();
      const reordered = { ...input, persons: new Map([...input.persons].reverse()), identities: new Map([...input.identities].reverse()), evidence: [...input.evidence].reverse() };
      expect(outputs(language, level, reordered)).toEqual(outputs(language, level, input));
    }
  });

  it('is written in the language chosen for it, with the form’s own labels and terms', () => {
    const [en, ru, kk] = LOCALES.map((language) => outputs(language, 'internal').text);
    expect(en).toContain('Torture or ill-treatment allegation');
    expect(ru).toContain(currentDefinition('TORTURE_ALLEGATION').label.ru);
    expect(kk).toContain(currentDefinition('TORTURE_ALLEGATION').label.kk);
    expect(kk).toMatch(/[әғқңөұүһі]/);
    expect(new Set([en, ru, kk]).size).toBe(3);
  });

  it.each(LOCALES)('never carries marked words, a perpetrator’s name or a name without consent, in any format (%s)', (language) => {
    for (const level of LEVELS) {
      for (const [format, text] of Object.entries(outputs(language, level))) {
        for (const canary of [CANARIES.redacted, CANARIES.mention, CANARIES.perpetratorName]) {
          expect([level, format, canary, text.includes(canary)]).toEqual([level, format, canary, false]);
        }
      }
    }
  });

  it.each(LOCALES)('keeps S2 free text and aliases inside the organisation, and names only where consent allows (%s)', (language) => {
    const internal = outputs(language, 'internal');
    const external = outputs(language, 'external');
    for (const format of ['markdown', 'html', 'text'] as const) {
      // The positive controls: the internal text has what the external one must not.
      expect(internal[format]).toContain(CANARIES.s2Text);
      expect(internal[format]).toContain(CANARIES.alias);
      expect(external[format]).not.toContain(CANARIES.s2Text);
      expect(external[format]).not.toContain(CANARIES.alias);
      // Internal: pseudonyms only. External: the victim consented to be named to UN bodies.
      expect(internal[format]).not.toContain(CANARIES.identity);
      expect(external[format]).toContain(CANARIES.identity);
    }
  });

  it('withdrawn consent takes the name out again, and the gaps say whose consent is missing', () => {
    const input = summaryInput();
    const victim = input.persons.get(EXAMPLE_PEOPLE.victim);
    const withdrawn = new Map(input.persons).set(EXAMPLE_PEOPLE.victim, { pseudonym: victim?.pseudonym ?? '', values: { ...victim?.values, withdrawnOn: { value: '2026-11-01', precision: 'day', approximate: false }, withdrawnScopes: ['NAME_IN_UN_SUBMISSION'] } });
    const text = summaryPlainText(incidentSummary({ ...input, persons: withdrawn }, options('en', 'external')));
    expect(text).not.toContain(CANARIES.identity);
    expect(text).toContain('P-7KQ4-VC');
    expect(text).toContain('No consent for use in reports is recorded for P-7KQ4-WT.');
  });

  it('generalises an external draft: dates to the month, restricted questions left out', () => {
    const internal = outputs('en', 'internal').text;
    const external = outputs('en', 'external').text;
    expect(internal).toContain('September 21, 2026');
    expect(external).not.toContain('September 21, 2026');
    expect(external).toContain('September 2026');
    const restricted = currentDefinition('TORTURE_ALLEGATION').sections.flatMap((section) => section.fields).find((field) => field.key === 'sexualViolenceAlleged')?.label.en ?? '';
    expect(internal).toContain(restricted);
    expect(external).not.toContain(restricted);
  });

  it.each(LOCALES)('reads as a whole when optional fields are missing, and lists what a final record still needs (%s)', (language) => {
    const { victim, dateReported, illTreatmentContext, stillInCustody, title, confidentiality, initialDate, region, recordLanguage } = allegationValues();
    const sparse = summaryInput({ victim, dateReported, illTreatmentContext, stillInCustody, title, confidentiality, initialDate, region, recordLanguage });
    const text = summaryPlainText(incidentSummary({ ...sparse, evidence: [], revision: null }, options(language, 'internal')));
    expect(text).not.toMatch(/undefined|null|NaN|\[object Object\]|\{\{/);
    expect(text).not.toMatch(/: $/m);
    const gaps = text.split('\n').filter((line) => line.startsWith('- '));
    expect(gaps.length).toBeGreaterThan(5);
    expect(incidentSummary({ ...sparse, evidence: [], revision: null }, options(language, 'internal')).sections.map((section) => section.key)).toEqual(expect.arrayContaining(['header', 'urgency', 'summary', 'people', 'evidence', 'gaps']));
  });

  it('escapes what a record says, in HTML and in Markdown', () => {
    const input = summaryInput(allegationValues({ settlement: '<script>alert(1)</script> **bold** [link](http://x)' }));
    const { markdown, html } = outputs('en', 'internal', input);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('\\*\\*bold\\*\\* \\[link\\]\\(http://x\\)');
  });
});

describe('a summary template a coordinator adjusts', () => {
  it('reorders parts, leaves sections out and rewords the paragraph, but cannot reveal more', () => {
    const template: SummaryTemplate = { parts: ['summary', 'sections', 'gaps'], omitSections: ['followUp', 'risk'], paragraph: { ...DEFAULT_TEMPLATES.TORTURE_ALLEGATION.paragraph, en: 'Case {{reference}}: {{subject}}, {{when}}, at {{where}}.' } };
    const document = incidentSummary(summaryInput(), { ...options('en', 'external'), template });
    expect(document.sections[0]?.key).toBe('summary');
    const keys = document.sections.map((section) => section.key);
    expect(['followUp', 'risk', 'header', 'people', 'evidence'].filter((key) => keys.includes(key))).toEqual([]);
    expect(keys.at(-1)).toBe('gaps');
    const paragraph = summaryPlainText(document).split('\n').find((line) => line.startsWith('Case TA-2026-7KQ4'));
    // Both dates fall in one month once generalised: said once.
    expect(paragraph).toBe('Case TA-2026-7KQ4: Айгүл IDENTITYNAMECANARY (P-7KQ4-VC), September 2026, at Police department; Temporary detention facility (IVS); Karaganda Region; Invented district.');
    expect(paragraph).not.toContain(CANARIES.s2Text);
  });

  it('refuses a placeholder it does not know, and a template without every language', () => {
    const good = DEFAULT_TEMPLATES.TORTURE_ALLEGATION;
    expect(SummaryTemplate.safeParse(good).success).toBe(true);
    expect(SummaryTemplate.safeParse({ ...good, paragraph: { ...good.paragraph, ru: 'Дело {{victimName}}' } }).success).toBe(false);
    expect(SummaryTemplate.safeParse({ ...good, paragraph: { en: good.paragraph.en } }).success).toBe(false);
  });
});

describe('summaries of the other record types', () => {
  it.each([
    ['DETENTION_VISIT', 'DV-2026-7KQ4'],
    ['PROTEST_DETENTION', 'PD-2026-7KQ4'],
  ] as const)('%s reads whole in every language and at both levels', async (type, localRef) => {
    const examples = { DETENTION_VISIT: (await import('../../../shared/definitions/records/examples/detentionVisit.example')).detentionVisitExample, PROTEST_DETENTION: (await import('../../../shared/definitions/records/examples/protestDetention.example')).protestDetentionExample };
    for (const language of LOCALES) {
      for (const level of LEVELS) {
        const input = { ...summaryInput(), record: { type, localRef, status: 'final', definitionVersion: 1, values: examples[type] } };
        const text = summaryPlainText(incidentSummary(input, options(language, level)));
        expect(text).not.toMatch(/undefined|NaN|\[object Object\]|\{\{/);
        expect(text).toContain(`${currentDefinition(type).label[language]} (${localRef})`);
      }
    }
  });
});
