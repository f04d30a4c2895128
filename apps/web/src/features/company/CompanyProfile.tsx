import type { BusinessModel } from '@orgwise/domain';
import { parseHeadcount } from '@orgwise/editor';
import { useEffect, useState } from 'react';
import { useEditor } from '../../store/editor-store.js';
import { SectorSelect } from './SectorSelect.js';
import './company.css';

/** The company the chart belongs to. Several rules depend on its size and business model. */
export function CompanyProfile() {
  const company = useEditor((state) => state.chart.company);
  const update = useEditor((state) => state.updateCompany);
  const headcount = company?.headcount;
  // The headcount is edited as text so that a half-typed or wrong value can be shown and
  // explained instead of being lost; the store only ever receives a valid number.
  const [headcountText, setHeadcountText] = useState(
    headcount === undefined ? '' : String(headcount),
  );
  const [headcountError, setHeadcountError] = useState<string | null>(null);
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
        Company
      </h2>
      <label className="field">
        <span className="field-label">Name</span>
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
        <span className="field-label">Employees</span>
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
              setHeadcountError(parsed.message);
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
            {headcountError}
          </span>
        ) : (
          <span className="field-help" id="headcount-help">
            Everyone employed, not just the boxes drawn.
          </span>
        )}
      </label>
      <label className="field">
        <span className="field-label">Business model</span>
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
          <option value="">Not set</option>
          <option value="product">Product: technology is what it sells</option>
          <option value="enterprise">Enterprise: technology runs the business</option>
        </select>
        <span className="field-help" id="business-model-help">
          Rules about the CIO and CTO depend on it.
        </span>
      </label>
      <SectorSelect />
    </section>
  );
}
