import type { VaultRole } from '../../../shared/organisation/organisation';
import { actsAsCoordinator, actsAsMonitor } from '../organisation/organisationRoles';
import { ReceiveBundles } from './ReceiveBundles';
import { SendRecords } from './SendRecords';
import { SentBundles } from './SentBundles';
import { useSentBundles } from './useSentBundles';

function MonitorDeliveries() {
  const sent = useSentBundles();
  return (
    <>
      <SendRecords onSaved={() => void sent.reload()} />
      <SentBundles sent={sent} />
    </>
  );
}

/** Bundles by role: a monitor sends records and takes receipts back; a coordinator receives. */
export function DeliveriesPanel({ role }: { readonly role: VaultRole }) {
  return (
    <>
      {actsAsMonitor(role) ? <MonitorDeliveries /> : null}
      {actsAsCoordinator(role) ? <ReceiveBundles /> : null}
    </>
  );
}
