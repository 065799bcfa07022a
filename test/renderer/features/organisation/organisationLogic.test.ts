import { fingerprintGroups } from '../../../../renderer/features/organisation/fingerprintGroups';
import { DEFAULT_EXPIRY, EXPIRY_CHOICES, expiryDays, isExpiryChoice } from '../../../../renderer/features/organisation/invitationExpiry';
import { matchEnrolment, monitorActions, shortKey } from '../../../../renderer/features/organisation/monitorRows';
import { actsAsCoordinator, actsAsMonitor, roleForNewOrganisation } from '../../../../renderer/features/organisation/organisationRoles';
import { VaultRole } from '../../../../shared/organisation/organisation';
import { FINGERPRINT, key, monitor } from './organisationSamples';

describe('the fingerprint as shown', () => {
  it('splits the six groups of five digits people read aloud', () => {
    expect(fingerprintGroups(FINGERPRINT)).toEqual(['96830', '17227', '16548', '72317', '94120', '68696']);
  });

  it('keeps leading zeros, and shows anything unexpected rather than hiding it', () => {
    expect(fingerprintGroups('00001 00000 12345 00010 99999 01234')[0]).toBe('00001');
    expect(fingerprintGroups('  12345   6789 ')).toEqual(['12345', '6789']);
    expect(fingerprintGroups('')).toEqual([]);
  });
});

describe('how long an invitation stays valid', () => {
  it('offers 7, 30 and 90 days or no limit, 30 by default', () => {
    expect(EXPIRY_CHOICES.map(expiryDays)).toEqual([7, 30, 90, null]);
    expect(DEFAULT_EXPIRY).toBe('30');
  });

  it('takes only the choices it offers from the select', () => {
    expect(['7', '30', '90', 'never'].every(isExpiryChoice)).toBe(true);
    expect(['', '365', '0', 'Never'].some(isExpiryChoice)).toBe(false);
  });
});

describe('roles', () => {
  it('gives a coordinator who also documents cases both sets of tools', () => {
    expect(VaultRole.options.filter(actsAsCoordinator)).toEqual(['coordinator', 'both']);
    expect(VaultRole.options.filter(actsAsMonitor)).toEqual(['monitor', 'both']);
    expect(roleForNewOrganisation(true)).toBe('both');
    expect(roleForNewOrganisation(false)).toBe('coordinator');
  });
});

describe('what a monitor row offers', () => {
  it('lets a coordinator approve or refuse a pending monitor, revoke an approved one, and nothing after revocation', () => {
    for (const role of ['coordinator', 'both'] as const) {
      expect(monitorActions('pending', role)).toEqual(['approve', 'revoke']);
      expect(monitorActions('approved', role)).toEqual(['revoke']);
      expect(monitorActions('revoked', role)).toEqual([]);
    }
  });

  it('offers a monitor vault nothing at all', () => {
    expect(monitorActions('pending', 'monitor')).toEqual([]);
    expect(monitorActions('approved', 'monitor')).toEqual([]);
  });

  it('shows the first 8 characters of the signing key', () => {
    expect(shortKey('6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=')).toBe('6kpsY+Kc');
  });
});

describe('tying an opened enrolment to its monitor', () => {
  const aida = monitor();
  const otherAida = monitor({ signingKey: key('P'), bundleRecipient: key('Q') });

  it('finds the monitor by the key main returned, even when two share a name', () => {
    expect(matchEnrolment(aida.signingKey, [aida])).toEqual({ kind: 'pending', monitor: aida });
    expect(matchEnrolment(otherAida.signingKey, [aida, otherAida])).toEqual({ kind: 'pending', monitor: otherAida });
  });

  it('says so when the file came from a monitor already approved', () => {
    const approved = monitor({ status: 'approved' });
    expect(matchEnrolment(approved.signingKey, [approved])).toEqual({ kind: 'approved', monitor: approved });
  });

  it('finds nothing for a revoked monitor or a key not in the list', () => {
    expect(matchEnrolment(aida.signingKey, [monitor({ status: 'revoked' })])).toEqual({ kind: 'missing' });
    expect(matchEnrolment(key('Z'), [aida])).toEqual({ kind: 'missing' });
  });
});
