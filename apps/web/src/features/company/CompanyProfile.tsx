import type { BusinessModel } from '@orgwise/domain';
import { parseHeadcount } from '@orgwise/editor';
import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';
import { SectorSelect } from './SectorSelect.js';
import './company.css';

/** The company the chart belongs to. Several rules depend on its size and business model. */
export function CompanyProfile() {
  const t = useMessages(messages);
  const company = useEditor((state) => state.chart.company);
  const update = useEditor((state) => state.updateCompany);
  const headcount = company?.headcount;
  // The headcount is edited as text so that a half-typed or wrong value can be shown and
  // explained instead of being lost; the store only ever receives a valid number.
  const [headcountText, setHeadcountText] = useState(
    headcount === undefined ? '' : String(headcount),
  );
  // Which of parseHeadcount's two refusals (its words are English): kept as a key, so that the
  // message follows a change of language.
  const [headcountError, setHeadcountError] = useState<
    'headcountTooLarge' | 'headcountNotNumber' | null
  >(null);
  useEffect(() => {
    setHeadcountText((text) => {
      const parsed = parseHeadcount(text);
      return parsed.ok && parsed.value === headcount
        ? text
        : headcount === undefined
          ? ''
          : String(headcount);
    });
    setHeadcountError(null);
  }, [headcount]);

  return (
    <section className="company" aria-labelledby="company-heading" data-testid="company-profile">
      <h2 id="company-heading" className="panel-heading">
        {t('heading')}
      </h2>
      <label className="field">
        <span className="field-label">{t('name')}</span>
        <input
          className="input"
          value={company?.name ?? ''}
          onChange={(event) =>
            update(
              { name: event.target.value === '' ? undefined : event.target.value },
              { coalesceKey: 'company:name' },
            )
          }
          data-testid="company-name"
          autoComplete="organization"
        />
      </label>
      <label className="field">
        <span className="field-label">{t('employees')}</span>
        <input
          className="input"
          inputMode="numeric"
          value={headcountText}
          aria-invalid={headcountError !== null}
          aria-describedby={headcountError !== null ? 'headcount-error' : 'headcount-help'}
          onChange={(event) => {
            setHeadcountText(event.target.value);
            const parsed = parseHeadcount(event.target.value);
            if (!parsed.ok) {
              setHeadcountError(
                /too large/.test(parsed.message) ? 'headcountTooLarge' : 'headcountNotNumber',
              );
              return;
            }
            setHeadcountError(null);
            if (parsed.value !== headcount) {
              update({ headcount: parsed.value }, { coalesceKey: 'company:headcount' });
            }
          }}
          data-testid="company-headcount"
        />
        {headcountError !== null ? (
          <span className="field-error" id="headcount-error" role="alert">
            {t(headcountError)}
          </span>
        ) : (
          <span className="field-help" id="headcount-help">
            {t('employeesHelp')}
          </span>
        )}
      </label>
      <label className="field">
        <span className="field-label">{t('businessModel')}</span>
        <select
          className="input"
          value={company?.businessModel ?? ''}
          onChange={(event) =>
            update({
              businessModel:
                event.target.value === '' ? undefined : (event.target.value as BusinessModel),
            })
          }
          aria-describedby="business-model-help"
          data-testid="company-business-model"
        >
          <option value="">{t('notSet')}</option>
          <option value="product">{t('product')}</option>
          <option value="enterprise">{t('enterprise')}</option>
        </select>
        <span className="field-help" id="business-model-help">
          {t('businessModelHelp')}
        </span>
      </label>
      <SectorSelect />
    </section>
  );
}
