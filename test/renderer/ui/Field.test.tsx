import { Field } from '../../../renderer/ui/Field';
import { attributesOf, renderStatic } from '../renderStatic';

describe('a field', () => {
  it('is labelled by a real label, and keeps a secret from autocomplete and spell-check', () => {
    const html = renderStatic(<Field kind="secret" label="Passphrase" value="" onChange={() => undefined} hint="At least 12 characters" />);
    const label = attributesOf(html, /<label[^>]*>/);
    const input = attributesOf(html, /<input[^>]*>/);
    expect(input.id).toBeTruthy();
    expect(label.for).toBe(input.id);
    expect(input).toMatchObject({ type: 'password', autocomplete: 'off', spellcheck: 'false' });
    expect(html).toContain('>Passphrase</label>');
    const hintId = input['aria-describedby'];
    expect(html).toContain(`id="${hintId}"`);
  });

  it('shows ordinary text as text, still without autocomplete or spell-check', () => {
    const input = attributesOf(renderStatic(<Field label="Title" value="x" onChange={() => undefined} />), /<input[^>]*>/);
    expect(input).toMatchObject({ type: 'text', autocomplete: 'off', spellcheck: 'false', value: 'x' });
  });
});
