// Expected findings of the chart corpus that the rules do not find yet, each with why. The quality
// test fails when one of them is found (take it off this list) or when any other expectation is
// missed, so the list stays exactly what is left. QUALITY.md repeats it.

export const knownMisses: ReadonlyArray<{ file: string; ruleId: string; id: string; why: string }> =
  [
    {
      file: 'us-city-council-manager.json',
      ruleId: 'it-under-cio',
      id: 'util-it',
      why: '“IT Manager, Utilities” names its department after a comma, so it reads as the utilities unit’s IT manager, and IT leads of units are not held to the company CIO (federated IT in groups is normal). In a city the departments are one organisation, which the chart does not say.',
    },
  ];
