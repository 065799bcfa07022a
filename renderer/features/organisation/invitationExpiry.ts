// How long a saved invitation stays valid. A shorter life limits what a lost or copied file can do;
// "never" exists for organisations that hand invitations over long after saving them.

export const EXPIRY_CHOICES = ['7', '30', '90', 'never'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

/** The default: long enough to reach a monitor in the field, short enough to go stale. */
export const DEFAULT_EXPIRY: ExpiryChoice = '30';

export function isExpiryChoice(value: string): value is ExpiryChoice {
  return (EXPIRY_CHOICES as readonly string[]).includes(value);
}

/** What organisation.saveInvitation takes: days from now, or null for no expiry. */
export function expiryDays(choice: ExpiryChoice): number | null {
  return choice === 'never' ? null : Number(choice);
}
