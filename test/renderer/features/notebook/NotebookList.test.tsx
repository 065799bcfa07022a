import { NotebookList } from '../../../../renderer/features/notebook/NotebookList';
import { PAGE_SIZE } from '../../../../renderer/features/notebook/useNotebook';
import type { NotebookItem } from '../../../../renderer/store/notebookRepo';
import { renderStatic } from '../../renderStatic';

const entry = (index: number): NotebookItem => ({
  id: `id${String(index).padStart(20, '0')}`,
  state: 'ok',
  entry: { schemaVersion: 1, title: `Invented entry ${index}`, text: `Text ${index}`, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' },
});

describe('the notebook list', () => {
  it('renders the page it was given of ten thousand entries, and says how many there are', () => {
    const items = Array.from({ length: PAGE_SIZE }, (_, index) => entry(index));
    const html = renderStatic(<NotebookList items={items} total={10_000} hasMore onShowMore={() => undefined} />);
    expect((html.match(/<li /g) ?? []).length).toBe(PAGE_SIZE);
    expect(html).toContain('10,000 entries Showing the newest 200.');
    expect(html).toContain('>Show more</button>');
    expect(html).toMatch(/<ul class="entries" aria-label="Entries" aria-describedby="[^"]+">/);
  });

  it('shows a damaged entry as damaged, with nothing of its content', () => {
    const html = renderStatic(<NotebookList items={[{ id: 'damaged00000000000000A', state: 'damaged' }, entry(1)]} total={2} hasMore={false} />, 'ru');
    expect(html).toContain('Эта запись не прошла проверку целостности и не показывается.');
    expect(html).toContain('2 записи');
    expect(html).toContain('Invented entry 1');
    expect(html).not.toContain('Show more');
    expect(html).not.toContain('Показать ещё');
  });
});
