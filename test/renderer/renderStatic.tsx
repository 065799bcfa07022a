import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../../shared/settings/settings';
import type { Api } from '../../renderer/bridge/api';
import { BridgeProvider } from '../../renderer/bridge/BridgeContext';
import { createI18n } from '../../renderer/i18n';

const noBridge: Api = {
  call: () => Promise.reject(new Error('no bridge in a static render')),
  on: () => () => undefined,
  filePaths: (files) => files.map(() => ''),
};

/** The first render of a component, as HTML: enough to check labels, attributes and texts. */
export function renderStatic(element: ReactElement, locale: Locale = 'en'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(locale)}>
      <BridgeProvider api={noBridge}>{element}</BridgeProvider>
    </I18nextProvider>,
  );
}

/** The attributes (names lower-cased, as HTML reads them) of the first tag matching a pattern. */
export function attributesOf(html: string, pattern: RegExp): Record<string, string> {
  const tag = html.match(pattern)?.[0] ?? '';
  return Object.fromEntries([...tag.matchAll(/([\w-:]+)(?:="([^"]*)")?/g)].slice(1).map((match) => [(match[1] ?? '').toLowerCase(), match[2] ?? '']));
}
