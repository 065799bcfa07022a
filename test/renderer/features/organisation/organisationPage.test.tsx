import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DeliveriesPanel } from '../../../../renderer/features/delivery/DeliveriesPanel';
import { RecordCatalogProvider } from '../../../../renderer/features/records/RecordCatalogContext';
import { openDb } from '../../../../renderer/store/db';
import { StoreProvider } from '../../../../renderer/store/StoreContext';
import { CreateOrganisationForm } from '../../../../renderer/features/organisation/CreateOrganisationForm';
import { EnrolmentCheck } from '../../../../renderer/features/organisation/EnrolmentCheck';
import { InvitationCheck } from '../../../../renderer/features/organisation/InvitationCheck';
import { NoOrganisation } from '../../../../renderer/features/organisation/NoOrganisation';
import { OrganisationPage } from '../../../../renderer/features/organisation/OrganisationPage';
import { OrganisationSections } from '../../../../renderer/features/organisation/OrganisationSections';
import { RevokeMonitorDialog } from '../../../../renderer/features/organisation/RevokeMonitorDialog';
import type { OrganisationView } from '../../../../shared/organisation/organisationView';
import type { Locale } from '../../../../shared/settings/settings';
import { attributesOf, renderStatic } from '../../renderStatic';
import { FINGERPRINT, key, monitor, view } from './organisationSamples';

const nothing = () => undefined;
const organisation = { show: nothing, reload: async () => null };
const sections = (shown: OrganisationView, locale: Locale = 'en') => renderStatic(<OrganisationSections view={shown} organisation={organisation} />, locale);
const buttons = (html: string): string[] => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1] ?? '');
const namedButtons = (html: string): string[] => [...html.matchAll(/<button[^>]*aria-label="([^"]+)"/g)].map((match) => match[1] ?? '');
/** The fingerprint group: its text with the tags between groups taken out. */
const fingerprintText = (html: string): string => (/<div role="group"[^>]*data-testid="fingerprint">(.*?)<\/div>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');

describe('the organisation page', () => {
  it('says it is opening the organisation until main answers', () => {
    const html = renderStatic(<OrganisationPage />);
    expect(html).toContain('<h1>Organisation</h1>');
    expect(html).toContain('Opening the organisation…');
  });

  it('offers a vault with no organisation two plain choices', () => {
    const html = renderStatic(<NoOrganisation onJoined={nothing} />);
    expect(html).toContain('I am a coordinator');
    expect(html).toContain('I am a monitor');
    expect(buttons(html)).toEqual(['Start an organisation', 'Open invitation file…']);
  });

  it('asks a new coordinator for two names and whether they document cases too', () => {
    const html = renderStatic(<CreateOrganisationForm onCreated={nothing} onCancel={nothing} />);
    expect(html).toMatch(/<label for="[^"]+">Organisation name<\/label><input[^>]*aria-required="true"/);
    expect(html).toMatch(/<label for="[^"]+">Your name as coordinator<\/label><input[^>]*aria-required="true"/);
    expect(html).toMatch(/<input id="[^"]+" type="checkbox"\/><label for="[^"]+">I also document cases myself<\/label>/);
    expect(html).toContain('<button type="submit" class="primary">Create organisation</button>');
  });
});

describe('joining by an invitation', () => {
  const opened = { view: view({ role: 'monitor', coordinators: [{ name: 'Coordinator A', signingKey: key('C'), bundleRecipient: key('D') }, { name: 'Coordinator B', signingKey: key('E'), bundleRecipient: key('F') }] }), fingerprint: FINGERPRINT, token: 'preview-token' };

  it('names the organisation and its coordinators, and shows the fingerprint to read aloud', () => {
    const html = renderStatic(<InvitationCheck opened={opened} onJoined={nothing} onCancel={nothing} />);
    expect(html).toContain('<dd>Invented Monitoring Group</dd>');
    expect(html).toContain('<li>Coordinator A</li><li>Coordinator B</li>');
    expect(fingerprintText(html)).toBe(FINGERPRINT);
    expect(html).toContain('Read this number aloud to your coordinator, in person or by phone');
    expect(buttons(html)).toEqual(['The numbers match: continue', 'The numbers differ']);
  });

  it('names the fingerprint group "Fingerprint" and describes it by the instruction', () => {
    const html = renderStatic(<InvitationCheck opened={opened} onJoined={nothing} onCancel={nothing} />);
    const group = attributesOf(html, /<div role="group"[^>]*>/);
    expect(html).toContain(`<p id="${group['aria-labelledby']}" class="fingerprint-label">Fingerprint</p>`);
    expect(html).toContain(`<p id="${group['aria-describedby']}" class="notice">Read this number aloud`);
    expect(group['translate']).toBe('no');
  });
});

describe('a coordinator vault', () => {
  const monitors = [monitor(), monitor({ name: 'Bolat', signingKey: key('B'), status: 'approved' }), monitor({ name: 'Dana', signingKey: key('R'), status: 'revoked' })];

  it('shows its role and its own fingerprint, for monitors to compare', () => {
    const html = sections(view());
    expect(html).toMatch(/^<section class="card" aria-labelledby="([^"]+)"><h2 id="\1">Invented Monitoring Group<\/h2>/);
    expect(html).toContain('<dt>This vault’s role</dt><dd>Coordinator</dd>');
    expect(fingerprintText(html)).toBe(FINGERPRINT);
    expect(html).toContain('Monitors compare this number when they open your invitation.');
  });

  it('saves invitations with a choice of expiry, and opens enrolments', () => {
    const html = sections(view());
    expect(html).toMatch(/<label for="[^"]+">Invitation valid for<\/label><select[^>]*>/);
    expect([...html.matchAll(/<option value="(\w+)"[^>]*>([^<]+)<\/option>/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual(['7=7 days', '30=30 days', '90=90 days', 'never=No time limit']);
    expect(html).toMatch(/<option value="30" selected="">/);
    expect(buttons(html)).toContain('Save invitation file…');
    expect(buttons(html)).toContain('Open enrolment file…');
    expect(buttons(html)).not.toContain('Save enrolment file…');
  });

  it('lists every monitor with a short key, a translated status and buttons that name them', () => {
    const html = sections(view({ monitors }));
    expect(html).toContain('<th scope="row">Aida</th><td><code translate="no">MMMMMMMM</code></td><td>pending</td>');
    expect(html).toContain('<th scope="row">Bolat</th><td><code translate="no">BBBBBBBB</code></td><td>approved</td>');
    expect(html).toContain('<th scope="row">Dana</th><td><code translate="no">RRRRRRRR</code></td><td>revoked</td>');
    expect(namedButtons(html)).toEqual(['Approve Aida', 'Revoke Aida…', 'Revoke Bolat…']);
    expect(html).toContain('<caption class="visually-hidden">Monitors who sent an enrolment</caption>');
  });

  it('says when no monitor has enrolled yet', () => {
    const html = sections(view());
    expect(html).toContain('No monitor has enrolled yet.');
    expect(html).not.toContain('<table');
  });

  it('speaks Russian and Kazakh', () => {
    const ru = sections(view({ monitors }), 'ru');
    expect(namedButtons(ru)).toEqual(['Одобрить: Aida', 'Отозвать: Aida…', 'Отозвать: Bolat…']);
    expect(ru).toContain('<td>ожидает одобрения</td>');
    const kk = sections(view({ monitors }), 'kk');
    expect(kk).toContain('<dd>Үйлестіруші</dd>');
    expect(kk).toContain('<td>мақұлданған</td>');
    expect(kk).toContain('>Саусақ ізі</p>');
  });
});

describe('an enrolment just opened', () => {
  const pending = monitor();

  it('shows the monitor’s fingerprint, Approve naming them, and Not now', () => {
    const html = renderStatic(<EnrolmentCheck opened={{ monitorName: 'Aida', fingerprint: FINGERPRINT, match: { kind: 'pending', monitor: pending } }} busy={false} onApprove={nothing} onDismiss={nothing} />);
    expect(html).toContain('Enrolment from Aida');
    expect(fingerprintText(html)).toBe(FINGERPRINT);
    expect(html).toContain('Ask Aida to read aloud the number on their screen');
    expect(namedButtons(html)).toEqual(['Approve Aida']);
    expect(buttons(html)).toEqual(['Approve', 'Not now']);
  });

  it('offers no Approve when the monitor is not pending', () => {
    const missing = renderStatic(<EnrolmentCheck opened={{ monitorName: 'Aida', fingerprint: FINGERPRINT, match: { kind: 'missing' } }} busy={false} onApprove={nothing} onDismiss={nothing} />);
    expect(buttons(missing)).toEqual(['Close']);
    const approved = renderStatic(<EnrolmentCheck opened={{ monitorName: 'Aida', fingerprint: FINGERPRINT, match: { kind: 'approved', monitor: monitor({ status: 'approved' }) } }} busy={false} onApprove={nothing} onDismiss={nothing} />);
    expect(buttons(approved)).toEqual(['Close']);
    expect(approved).toContain('Aida is already approved.');
  });
});

describe('revoking a monitor', () => {
  it('explains that their bundles will be refused, and asks why', () => {
    const html = renderStatic(<RevokeMonitorDialog monitor={monitor({ status: 'approved' })} onClose={nothing} onRevoked={nothing} />);
    expect(html).toMatch(/^<dialog class="modal-dialog" aria-labelledby="([^"]+)"><h2 id="\1" class="modal-dialog-title">Revoke Aida\?<\/h2>/);
    expect(html).toContain('From now on, every bundle signed by Aida will be refused');
    expect(html).toMatch(/<label for="[^"]+">Reason<\/label><input[^>]*maxLength="500"[^>]*aria-required="true"/);
    const form = attributesOf(html, /<form[^>]*>/);
    expect(attributesOf(html, /<button type="submit"[^>]*>/)).toEqual({ type: 'submit', form: form['id'], class: 'danger' });
    expect(buttons(html)).toEqual(['Revoke', 'Cancel']);
  });
});

describe('a monitor vault', () => {
  const monitorView = view({ role: 'monitor' });

  it('shows its own fingerprint for the coordinator, the enrolment form and the coordinators', () => {
    const html = sections(monitorView);
    expect(html).toContain('<dd>Monitor</dd>');
    expect(html).toContain('Your coordinator compares this number when they open your enrolment.');
    expect(html).toMatch(/<label for="[^"]+">Your name or pseudonym \(as your coordinator knows you\)<\/label><input[^>]*aria-required="true"/);
    expect(html).toContain('<button type="submit" class="primary">Save enrolment file…</button>');
    expect(html).toContain('must approve your enrolment before the bundles you send are accepted');
    expect(html).toContain('<li>Coordinator A</li>');
    expect(buttons(html)).not.toContain('Save invitation file…');
    expect(buttons(html)).not.toContain('Open enrolment file…');
  });

  it('gives a coordinator who documents cases both sets of tools', () => {
    const html = sections(view({ role: 'both' }));
    expect(html).toContain('<dd>Coordinator who also documents cases</dd>');
    expect(buttons(html)).toEqual(expect.arrayContaining(['Save invitation file…', 'Open enrolment file…', 'Save enrolment file…']));
  });
});

describe('the deliveries panel', () => {
  const panel = (role: OrganisationView['role'], locale: Locale = 'en') =>
    renderStatic(
      <StoreProvider db={openDb({ indexedDB: new IDBFactory(), IDBKeyRange })}>
        <RecordCatalogProvider>
          <DeliveriesPanel role={role} />
        </RecordCatalogProvider>
      </StoreProvider>,
      locale,
    );

  it('lets a monitor send and take receipts, with both sensitive options off by default', () => {
    const html = panel('monitor');
    expect(html).toContain('<h2 id="' + attributesOf(html, /<section class="card"[^>]*>/)['aria-labelledby'] + '">Send records to the coordinator</h2>');
    const checkboxes = [...html.matchAll(/<input type="checkbox"[^>]*\/> ([^<]+)</g)].map((match) => [match[0].includes('checked'), match[1]]);
    expect(checkboxes).toEqual([
      [false, 'Include the evidence files themselves (photos, recordings, documents)'],
      [false, 'Include real names and identity details of the people linked'],
    ]);
    expect(html).toContain('Words marked “redact when shared” travel marked');
    expect(buttons(html)).toEqual(['Save bundle to a folder…', 'Open a receipt…']);
    expect(html).not.toContain('Import a bundle…');
  });

  it('lets a coordinator receive, and a coordinator who documents cases do both, in every language', () => {
    expect(buttons(panel('coordinator'))).toEqual(['Import a bundle…']);
    expect(buttons(panel('both'))).toEqual(['Save bundle to a folder…', 'Open a receipt…', 'Import a bundle…']);
    expect(panel('both', 'kk')).not.toContain('Import a bundle…');
  });
});
