import { AppError } from '../../shared/errors/appError';
import { safeHttpsUrl } from '../../shared/narrative/narrativeHref';
import type { Locale } from '../../shared/settings/settings';

// A link in a narrative opens only in the system browser, only for https, and only after the
// monitor confirms in a native dialog that shows the exact address (security brief R30: a hostile
// document must not open anything by itself, and a look-alike address is shown in punycode).

export type LinkConfirmation = { readonly title: string; readonly message: string; readonly detail: string; readonly open: string; readonly cancel: string };

/** The Electron side: a native dialog, and the system browser. Tests and the harness pass their own. */
export type LinkPorts = {
  confirm(text: LinkConfirmation): Promise<boolean>;
  openExternal(url: string): Promise<void>;
};

const TEXT: Record<Locale, Omit<LinkConfirmation, 'detail'> & { readonly warning: string }> = {
  en: { title: 'Open link', message: 'Open this address in your web browser?', warning: 'The site will see your connection. Open it only if it is safe to do so from here.', open: 'Open in browser', cancel: 'Cancel' },
  ru: { title: 'Открыть ссылку', message: 'Открыть этот адрес в браузере?', warning: 'Сайт увидит ваше подключение. Открывайте, только если отсюда это безопасно.', open: 'Открыть в браузере', cancel: 'Отмена' },
  kk: { title: 'Сілтемені ашу', message: 'Бұл мекенжайды браузерде ашу керек пе?', warning: 'Сайт сіздің қосылымыңызды көреді. Мұнда қауіпсіз болса ғана ашыңыз.', open: 'Браузерде ашу', cancel: 'Болдырмау' },
};

/** Refuses anything but https (as stored: canonical), asks, and opens only on yes. */
export function createLinkOpener(deps: { ports: LinkPorts; locale: () => Promise<Locale | null> }) {
  return {
    async open(raw: string): Promise<{ opened: boolean }> {
      const url = safeHttpsUrl(raw);
      if (url === null) {
        throw new AppError('INVALID_REQUEST', 'only https links open');
      }
      const text = TEXT[(await deps.locale()) ?? 'en'];
      const confirmed = await deps.ports.confirm({ title: text.title, message: text.message, detail: `${url}\n\n${text.warning}`, open: text.open, cancel: text.cancel });
      if (confirmed) {
        await deps.ports.openExternal(url);
      }
      return { opened: confirmed };
    },
  };
}

export type LinkOpener = ReturnType<typeof createLinkOpener>;

/** Where no dialog can be shown (tests, the harness): nothing ever opens. */
export const NO_LINK_PORTS: LinkPorts = {
  confirm: () => Promise.resolve(false),
  openExternal: () => Promise.reject(new AppError('INTERNAL', 'no browser here')),
};
