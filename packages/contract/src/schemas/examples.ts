import type { PatchOp, RuleSettings, ValidationReport } from '@orgwise/domain';

// Examples for the OpenAPI document and the README, taken from the contract (contract.md §1, §3).
// A test sends them through the app, so an example that stops being valid fails the suite.

export { exampleChart } from '@orgwise/domain';

export const exampleRules: RuleSettings = {
  'span-of-control': ['warning', { max: 8 }],
  'ciso-under-cio': 'off',
};

export const examplePatch: PatchOp[] = [
  { op: 'mergePositions', keepId: 'cto', removeId: 'cio', title: 'CTO & CIO' },
];

/** The shape of a report, as contract §3 shows it (the figures depend on the rules' wording). */
export const exampleReport: ValidationReport = {
  findings: [
    {
      ruleId: 'cto-under-cio',
      severity: 'warning',
      message:
        '“CTO” reports to the CIO “CIO”. In a product company technology is what the company sells, so the CTO usually reports to the CEO, as a peer of the CIO who runs internal IT.',
      messageId: 'productCompany',
      data: { cto: '“CTO”', cio: '“CIO”' },
      positionIds: ['cto', 'cio'],
      sources: ['Investopedia: Chief Technology Officer (CTO)'],
      suggestions: [
        {
          title: 'Let “CTO” report to “CEO”',
          messageId: 'moveUnder',
          data: { position: '“CTO”', manager: '“CEO”' },
          patch: [{ op: 'setReportsTo', positionId: 'cto', reportsTo: 'ceo' }],
        },
      ],
    },
  ],
  summary: { errors: 0, warnings: 1, infos: 0 },
  metrics: { positions: 4, layers: 3, maxSpan: 2, meanSpan: 1.5, vacancies: 1, interim: 1 },
};
