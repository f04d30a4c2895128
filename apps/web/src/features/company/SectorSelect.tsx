import type { Sector } from '@orgwise/domain';
import { selectForest } from '@orgwise/layout';
import { useEditor } from '../../store/editor-store.js';

const labels: Record<Sector, string> = {
  'public-sector': 'Public sector (municipality, agency)',
  healthcare: 'Healthcare (hospital, care)',
  education: 'Education (university, school)',
  'financial-services': 'Financial services (bank, insurer)',
  'investment-management': 'Investment (pension fund, asset manager)',
  software: 'Software and online services',
  industrial: 'Industry and manufacturing',
  retail: 'Retail',
  telecom: 'Telecom',
  energy: 'Energy and utilities',
  'professional-services': 'Professional services',
  nonprofit: 'Non-profit',
};

/**
 * The company's sector. Until it is set, the titles and the name may give it away
 * ("Kommunaldirektør"): the option says what was inferred.
 */
export function SectorSelect() {
  const sector = useEditor((state) => state.chart.company?.sector);
  const inferred = useEditor((state) => {
    const analysis = selectForest(state).analysis;
    return analysis.sectorGiven ? undefined : analysis.sector;
  });
  const update = useEditor((state) => state.updateCompany);
  return (
    <label className="field">
      <span className="field-label">Sector</span>
      <select
        className="input"
        value={sector ?? ''}
        onChange={(event) =>
          update({
            sector: event.target.value === '' ? undefined : (event.target.value as Sector),
          })
        }
        aria-describedby="sector-help"
        data-testid="company-sector"
      >
        <option value="">
          {inferred === undefined
            ? 'Not set'
            : `Not set (reads as ${labels[inferred].toLowerCase()})`}
        </option>
        {(Object.keys(labels) as Sector[]).map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
      <span className="field-help" id="sector-help">
        A municipality or hospital is not asked for a CTO; in an investment firm “CIO” is the
        investment chief.
      </span>
    </label>
  );
}
