import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';
import { buildSearchIndex, type SearchEntry, searchPositions } from './search-index.js';
import './search.css';

/** The levels offered by "Levels shown": a leadership chart rarely needs more to be read. */
const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * Find and focus: a search box over the chart (title, holder, id or role) whose results open the
 * found position, unfolding the teams above it and marking its chain up to the top; and the
 * levels shown. The index is built once per chart, when someone searches; typing only scans it
 * and re-renders this box, never the chart.
 */
export function FindBox() {
  const t = useMessages(messages);
  const chart = useEditor((state) => state.chart);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-results`;
  const input = useRef<HTMLInputElement>(null);
  // Built only when there is something to look for: an edit elsewhere does not rebuild it.
  const index = useMemo(
    () => (query.trim() === '' ? [] : buildSearchIndex(chart)),
    [chart, query.trim() === ''],
  );
  const { results, total } = useMemo(() => searchPositions(index, query), [index, query]);
  const showing = open && query.trim() !== '';
  const empty = chart.positions.length === 0;

  const choose = (entry: SearchEntry) => {
    useEditor.getState().find(entry.id);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((active + step + results.length) % results.length);
      }
    } else if (event.key === 'Enter') {
      const entry = results[active]?.entry;
      if (entry !== undefined && showing) {
        event.preventDefault();
        choose(entry);
      }
    } else if (event.key === 'Escape') {
      // The first Escape closes the list, the next clears the box.
      event.stopPropagation();
      if (showing) setOpen(false);
      else setQuery('');
    }
  };

  // Nothing to find on an empty chart (the start screen shows there).
  if (empty) return null;
  return (
    <search className="find" data-testid="find">
      <div className="find-box">
        <label className="sr-only" htmlFor={id}>
          {t('label')}
        </label>
        <input
          ref={input}
          id={id}
          className="input find-input"
          type="search"
          role="combobox"
          aria-expanded={showing}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showing && results.length > 0 ? `${id}-${active}` : undefined}
          placeholder={t('placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          data-native-undo
          data-testid="find-input"
        />
        {showing && (
          <div className="find-popup">
            <div id={listId} className="find-results" role="listbox" aria-label={t('results')}>
              {results.map(({ entry, field }, k) => (
                <div
                  key={entry.id}
                  id={`${id}-${k}`}
                  role="option"
                  // Focus stays in the box (aria-activedescendant); the option is not a Tab stop.
                  tabIndex={-1}
                  aria-selected={k === active}
                  className={k === active ? 'find-result is-active' : 'find-result'}
                  // Chosen on mouse down, before the box loses the focus and closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(entry);
                  }}
                  onMouseEnter={() => setActive(k)}
                  data-testid="find-result"
                  data-id={entry.id}
                >
                  <span className="find-result-title">{entry.title || entry.id}</span>
                  <span className="find-result-meta">
                    {entry.holder ?? (entry.vacant ? t('vacant') : t('noHolder'))}
                    {(field === 'id' || field === 'role') &&
                      ` · ${t('matched', {
                        field,
                        value: field === 'id' ? entry.id : entry.roles.join(', '),
                      })}`}
                  </span>
                </div>
              ))}
            </div>
            {results.length === 0 && (
              <p className="find-note" data-testid="find-none">
                {t('none', { query: query.trim() })}
              </p>
            )}
            {total > results.length && (
              <p className="find-note">{t('more', { count: total - results.length })}</p>
            )}
          </div>
        )}
      </div>
      <LevelsShown />
    </search>
  );
}

/** "Levels shown": the top N levels of the chart, the teams below them folded. */
function LevelsShown() {
  const t = useMessages(messages);
  const id = useId();
  const [levels, setLevels] = useState('');
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {t('levels')}
      </label>
      <select
        id={id}
        className="input input--compact find-levels"
        value={levels}
        onChange={(event) => {
          setLevels(event.target.value);
          const editor = useEditor.getState();
          if (event.target.value === '') editor.expandAll();
          else editor.showLevels(Number(event.target.value));
        }}
        title={t('levels')}
        data-testid="find-levels"
      >
        <option value="">{t('allLevels')}</option>
        {LEVELS.map((count) => (
          <option key={count} value={count}>
            {t('topLevels', { count })}
          </option>
        ))}
      </select>
    </>
  );
}
