import { type Sector, sectors } from '@orgwise/domain';
import { selectForest } from '@orgwise/layout';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';

/**
 * The company's sector. Until it is set, the titles and the name may give it away
 * ("Kommunaldirektør"): the option says what was inferred.
 */
export function SectorSelect() {
  const t = useMessages(messages);
  const sector = useEditor((state) => state.chart.company?.sector);
  const inferred = useEditor((state) => {
    const analysis = selectForest(state).analysis;
    return analysis.sectorGiven ? undefined : analysis.sector;
  });
  const update = useEditor((state) => state.updateCompany);
  return (
    <label className="field">
      <span className="field-label">{t('sector')}</span>
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
            ? t('notSet')
            : t('sectorInferred', { sector: t(inferred).toLocaleLowerCase(t.locale) })}
        </option>
        {sectors.map((value) => (
          <option key={value} value={value}>
            {t(value)}
          </option>
        ))}
      </select>
      <span className="field-help" id="sector-help">
        {t('sectorHelp')}
      </span>
    </label>
  );
}
