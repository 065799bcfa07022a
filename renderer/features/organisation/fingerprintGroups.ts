// A fingerprint arrives from main as six groups of five digits separated by spaces
// (docs/organisation.md). People read it aloud group by group, so the screen shows the groups
// apart; anything else main might send is still shown, split where it has spaces, never hidden.

/** The groups to show, in order. */
export function fingerprintGroups(fingerprint: string): string[] {
  return fingerprint.trim().split(/\s+/).filter((group) => group !== '');
}

