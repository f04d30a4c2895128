/** Canonical role ids of the contract (§1). More may be added; these must exist. */
export const roleIds = [
  'board',
  'ceo',
  'coo',
  'cfo',
  'cio',
  'cto',
  'ciso',
  'chro',
  'cmo',
  'cpo',
  'general-counsel',
  'vp-engineering',
  'it-director',
  'it-manager',
] as const;

export type RoleId = (typeof roleIds)[number];

const roleIdSet: ReadonlySet<string> = new Set(roleIds);

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && roleIdSet.has(value);
}
