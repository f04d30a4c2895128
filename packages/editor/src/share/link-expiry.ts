// The expiry choices of the Share panel, as the API takes them (ISO 8601 with a time zone).

export type ExpiryChoice = 'never' | '1' | '7' | '30' | 'date';

export const expiryChoices: { value: ExpiryChoice; label: string }[] = [
  { value: 'never', label: 'Never (until revoked)' },
  { value: '1', label: 'In 1 day' },
  { value: '7', label: 'In 7 days' },
  { value: '30', label: 'In 30 days' },
  { value: 'date', label: 'At the end of a day…' },
];

/**
 * The expiry a choice means from `now`: null for never; a number of days from now; or the end of
 * the chosen day (a yyyy-mm-dd from a date input) in the viewer's own time zone. Undefined while a
 * date is still to be picked.
 */
export function expiryOf(choice: ExpiryChoice, day: string, now: Date): string | null | undefined {
  if (choice === 'never') return null;
  if (choice === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
    const end = new Date(`${day}T23:59:59`);
    return Number.isNaN(end.getTime()) ? undefined : end.toISOString();
  }
  return new Date(now.getTime() + Number(choice) * 24 * 3600 * 1000).toISOString();
}
