import type { VaultRole } from '../../../shared/organisation/organisation';
import { actsAsCoordinator, actsAsMonitor } from '../organisation/organisationRoles';
import { ReceiveBundles } from './ReceiveBundles';
import { SendRecords } from './SendRecords';
import { RemoveDeliveredRecords } from './RemoveDeliveredRecords';
import { SentBundles } from './SentBundles';
import { useRecordRemoval } from './useRecordRemoval';
import { useSentBundles } from './useSentBundles';

function MonitorDeliveries() {
  const sent = useSentBundles();
  const removal = useRecordRemoval(sent.bundles);
  return (
    <>
      <SendRecords onSaved={() => void sent.reload()} />
      <SentBundles sent={sent}>
        <RemoveDeliveredRecords removal={removal} />
      </SentBundles>
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
