import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { BridgeProvider } from './bridge/BridgeContext';
import { windowApi } from './bridge/windowBridge';
import { createI18n } from './i18n';
import { openDb } from './store/db';
import { StoreProvider } from './store/StoreContext';
import './styles/app.css';

const i18n = createI18n();
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = language;
});

const root = document.getElementById('root');
if (root === null) {
  throw new Error('index.html has no #root');
}
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <BridgeProvider api={windowApi()}>
        <StoreProvider db={openDb()}>
          <App />
        </StoreProvider>
      </BridgeProvider>
    </I18nextProvider>
  </StrictMode>,
);
