import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../bridge/BridgeContext';
import { CreateVault } from '../features/vault/CreateVault';
import { RecoveryKeyShown } from '../features/vault/RecoveryKeyShown';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { errorCodeOf } from '../ui/errorCode';
import { CryptoUnavailable } from './CryptoUnavailable';
import { FirstRunLanguage } from './FirstRunLanguage';
import { screenFor, screenForVault, vaultIsOpenOn, type Screen } from './screens';
import { Shell } from './Shell';
import { StartFailed } from './StartFailed';
import { Starting } from './Starting';
import { useReloadOnLock } from './useLock';

/** Asks main where things stand, then shows the one screen that fits. */
export function App() {
  const api = useApi();
  const { i18n } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.call('app.status', undefined).then(
      async (status) => {
        if (status.locale !== null) {
          await i18n.changeLanguage(status.locale);
        }
        if (live) {
          setScreen(screenFor(status));
        }
      },
      (error: unknown) => {
        if (live) {
          setScreen({ kind: 'startFailed', code: errorCodeOf(error) });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, i18n, attempt]);

  useReloadOnLock(vaultIsOpenOn(screen));

  switch (screen.kind) {
    case 'starting':
      return <Starting />;
    case 'startFailed':
      return (
        <StartFailed
          code={screen.code}
          onRetry={() => {
            setScreen({ kind: 'starting' });
            setAttempt(attempt + 1);
          }}
        />
      );
    case 'cryptoUnavailable':
      return <CryptoUnavailable />;
    case 'chooseLanguage':
      return <FirstRunLanguage onChosen={() => setScreen(screenForVault(screen.vault))} />;
    case 'create':
      return <CreateVault onCreated={(recoveryKey) => setScreen({ kind: 'recoveryKey', recoveryKey })} />;
    case 'recoveryKey':
      return (
        <RecoveryKeyShown
          recoveryKey={screen.recoveryKey}
          onContinue={() => {
            // Whatever main answers, the key leaves the screen; idle lock resumes with the confirmation.
            void api.call('vault.confirmRecoveryKey', undefined).catch(() => undefined);
            setScreen({ kind: 'unlocked' });
          }}
        />
      );
    case 'locked':
      return <UnlockScreen onUnlocked={() => setScreen({ kind: 'unlocked' })} />;
    case 'unlocked':
      return <Shell />;
  }
}
