import { createLinkOpener, type LinkConfirmation, type LinkPorts } from '../../../main/links/linkOpener';

function ports(answer: boolean) {
  const asked: LinkConfirmation[] = [];
  const opened: string[] = [];
  const fake: LinkPorts = {
    confirm: (text) => {
      asked.push(text);
      return Promise.resolve(answer);
    },
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
  };
  return { fake, asked, opened };
}

describe('opening a narrative link', () => {
  it('asks first, showing the exact address, and opens only on yes', async () => {
    const yes = ports(true);
    expect(await createLinkOpener({ ports: yes.fake, locale: () => Promise.resolve('ru') }).open('https://example.org/report')).toEqual({ opened: true });
    expect(yes.opened).toEqual(['https://example.org/report']);
    expect(yes.asked[0]?.detail.startsWith('https://example.org/report\n')).toBe(true);
    expect(yes.asked[0]?.open).toBe('Открыть в браузере');

    const no = ports(false);
    expect(await createLinkOpener({ ports: no.fake, locale: () => Promise.resolve(null) }).open('https://example.org/')).toEqual({ opened: false });
    expect(no.opened).toEqual([]);
    expect(no.asked[0]?.message).toBe('Open this address in your web browser?');
  });

  it('shows a look-alike host as punycode, the form that gives it away', async () => {
    const yes = ports(true);
    await createLinkOpener({ ports: yes.fake, locale: () => Promise.resolve('en') }).open('https://аpple.com/');
    expect(yes.opened).toEqual(['https://xn--pple-43d.com/']);
  });

  it.each(['javascript:alert(1)', 'http://example.org/', 'data:text/html,<script>', 'file:///etc/passwd', '//example.org', 'JaVaScRiPt:alert(1)'])('never asks about, or opens, %s', async (url) => {
    const yes = ports(true);
    await expect(createLinkOpener({ ports: yes.fake, locale: () => Promise.resolve('en') }).open(url)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect([yes.asked, yes.opened]).toEqual([[], []]);
  });
});
