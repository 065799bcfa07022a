import { NarrativeEditor } from '../../../../renderer/features/narrative/NarrativeEditor';
import { SAMPLE_NARRATIVE, WITNESS_ID } from '../../../shared/narrative/narrativeSamples';
import { attributesOf, renderStatic } from '../../renderStatic';

// A static render has no editor yet (TipTap creates it in the browser), so this checks the frame:
// the toolbar's names and states, the label and the legend. Typing and marking are e2e tests.

function render(locale: 'en' | 'ru' = 'ru'): string {
  // TipTap says, in development builds, that it will not create an editor during a server render.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return renderStatic(<NarrativeEditor label="Показания" value={SAMPLE_NARRATIVE} onChange={() => undefined} people={[{ id: WITNESS_ID, label: 'Свидетель A-17' }]} />, locale);
  } finally {
    warn.mockRestore();
  }
}

const buttonNames = (html: string): string[] => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1] ?? '');

describe('the narrative editor', () => {
  it('has a toolbar named "Форматирование" whose buttons have Russian names', () => {
    const html = render('ru');
    expect(attributesOf(html, /<div[^>]*role="toolbar"[^>]*>/)).toMatchObject({ role: 'toolbar', 'aria-label': 'Форматирование' });
    expect(buttonNames(html)).toEqual(['Полужирный', 'Курсив', 'Заголовок', 'Маркированный список', 'Нумерованный список', 'Цитата', 'Скрыть при передаче', 'Ссылка', 'Связать с лицом']);
  });

  it('has the same buttons in English', () => {
    expect(buttonNames(render('en'))).toEqual(['Bold', 'Italic', 'Heading', 'Bulleted list', 'Numbered list', 'Quote', 'Redact when shared', 'Link', 'Link to person']);
  });

  it('says which toggles are on, offers their shortcuts, and keeps one tab stop', () => {
    const html = render('en');
    const bold = attributesOf(html, /<button[^>]*narrative-tool-bold[^>]*>/);
    expect(bold).toMatchObject({ type: 'button', 'aria-pressed': 'false', 'aria-keyshortcuts': 'Control+B', tabindex: '0' });
    expect(attributesOf(html, /<button[^>]*narrative-tool-redaction[^>]*>/)).toMatchObject({ 'aria-pressed': 'false', 'aria-keyshortcuts': 'Control+Shift+R', tabindex: '-1' });
    expect(attributesOf(html, /<button[^>]*aria-expanded[^>]*>/)).toMatchObject({ 'aria-expanded': 'false' });
    // Before the editor exists, nothing can be formatted.
    expect(html.match(/<button[^>]*disabled=""/g)).toHaveLength(9);
  });

  it('labels the text with a real label and explains the marks under it', () => {
    const html = render('ru');
    const label = attributesOf(html, /<label[^>]*>/);
    expect(label.id).toMatch(/-label$/);
    expect(html).toContain('>Показания</label>');
    expect(html).toContain('<span class="redaction">Слова, отмеченные так,</span> скрываются при передаче: во всех сводках и при экспорте вместо них стоит █████.');
    expect(html).toContain('<span class="mention">Слова, отмеченные так,</span>');
    expect(html).toContain('Ctrl+Shift+R — скрыть при передаче.');
  });
});
