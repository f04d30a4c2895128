/**
 * The worst chart the security review sent: one reporting chain of vacant interim "Head of IT"
 * positions, every manager with a single report (a finding for nearly every position). The
 * heavy-check tests and the hostile-load bench both use it.
 */
export function hostileChain(length: number) {
  return {
    positions: Array.from({ length }, (_, index) => ({
      id: `p${index}`,
      title: 'Interim Head of IT',
      vacant: true,
      interim: true,
      ...(index === 0 ? {} : { reportsTo: `p${index - 1}` }),
    })),
  };
}
