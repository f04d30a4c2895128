import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { changeWord, deltaSentence } from '../../comparison/change-lines.js';
import { FindingButton } from '../../comparison/FindingButton.js';
import { messages as shared } from '../../comparison/messages.js';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { ReadOnlyChart } from '../../comparison/ReadOnlyChart.js';
import { ScorecardTable } from '../../comparison/ScorecardTable.js';
import { ShapeChart } from '../../comparison/ShapeChart.js';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';
import { buildSlides, moveSlide, type Slide, slideKey } from './slides.js';
import './present.css';

export interface PresentationProps {
  title: string;
  comparisons: readonly OptionComparison[];
  onExit: () => void;
}

/** Keys typed into a control act on it, not on the slides (Escape still leaves). */
function typedIntoControl(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    target instanceof HTMLElement && target.closest('button, input, select, textarea') !== null
  );
}

/**
 * The options as slides, full screen where the browser allows it (otherwise filling the window):
 * →, ↓, PageDown, Space and Enter forward; ←, ↑, PageUp and Backspace back; Home/End; B or "." to
 * blank the screen and any key to bring it back; Esc to leave. Clickers send these keys. Nothing
 * on it edits.
 */
export function Presentation({ title, comparisons, onExit }: PresentationProps) {
  const t = useMessages(messages);
  const slides = useMemo(() => buildSlides(comparisons), [comparisons]);
  const [index, setIndex] = useState(0);
  const [blank, setBlank] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const wasFullscreen = useRef(false);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onExit();
  }, [onExit]);

  useEffect(() => {
    const element = root.current;
    element?.focus();
    // Refused without a user gesture or in a frame: the slides then fill the window instead.
    element
      ?.requestFullscreen?.()
      .then(() => {
        wasFullscreen.current = true;
      })
      .catch(() => undefined);
    const onChange = () => {
      // The browser leaves full screen on Esc itself, without a keydown: leave the slides too.
      if (wasFullscreen.current && document.fullscreenElement === null) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onExit]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = slideKey(event.key);
      if (key !== 'exit' && typedIntoControl(event) && (event.key === ' ' || event.key === 'Enter'))
        return;
      if (blank) {
        // Any key brings the slide back, without moving on: the audience sees where it was.
        event.preventDefault();
        setBlank(false);
        return;
      }
      if (key === null) return;
      event.preventDefault();
      if (key === 'exit') exit();
      else if (key === 'blank') setBlank(true);
      else setIndex((current) => moveSlide(current, slides.length, key));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exit, slides.length, blank]);

  const slide = slides[Math.min(index, slides.length - 1)];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a full-screen overlay, not a document section.
    <div
      ref={root}
      className="presentation"
      data-testid="presentation"
      tabIndex={-1}
      role="region"
      aria-roledescription={t('presentation')}
      aria-label={title}
    >
      {blank && <div className="presentation-blank" data-testid="presentation-blank" />}
      {slide === undefined ? (
        <p className="slide-empty">{t('empty')}</p>
      ) : (
        <SlideView key={index} slide={slide} />
      )}
      <footer className="presentation-footer">
        <span className="presentation-title">{title}</span>
        <span className="presentation-keys">{t('keys')}</span>
        <button
          type="button"
          className="button button--small"
          onClick={() => setIndex((i) => moveSlide(i, slides.length, 'previous'))}
          disabled={index === 0}
          aria-label={t('previous')}
        >
          ←
        </button>
        <span data-testid="slide-counter" aria-live="polite" className="slide-counter">
          {t('counter', { index: Math.min(index + 1, slides.length), count: slides.length })}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => setIndex((i) => moveSlide(i, slides.length, 'next'))}
          disabled={index >= slides.length - 1}
          aria-label={t('next')}
        >
          →
        </button>
        <button type="button" className="button button--small" onClick={exit}>
          {t('exit')}
        </button>
      </footer>
    </div>
  );
}

function SlideView({ slide }: { slide: Slide }) {
  const t = useMessages(messages);
  const words = useMessages(shared);
  const [spotlight, setSpotlight] = useState<{ ids: readonly string[]; seq: number }>({
    ids: slide.kind === 'comparison' ? [] : slide.highlighted,
    seq: 0,
  });
  if (slide.kind === 'comparison') {
    return (
      <section className="slide slide--comparison" data-testid="slide" data-kind="comparison">
        <h1>{t('sideBySide')}</h1>
        <div className="slide-comparison-body">
          <div className="slide-comparison-figures">
            <ScorecardTable comparisons={slide.comparisons} caption={t('keyFigures')} />
            <ul className="slide-deltas">
              {slide.comparisons.slice(1).map((c) =>
                c.delta === null ? null : (
                  <li key={c.option.key}>
                    <strong>{c.option.name}</strong>:{' '}
                    {deltaSentence(words, c.delta, slide.comparisons[0]!.option.name)}
                  </li>
                ),
              )}
            </ul>
          </div>
          <ShapeChart comparisons={slide.comparisons} />
        </div>
      </section>
    );
  }
  const { comparison, findings } = slide;
  const card = comparison.scorecard;
  return (
    <section className="slide slide--option" data-testid="slide" data-kind={slide.kind}>
      <header className="slide-header">
        <h1>{slide.title}</h1>
        {slide.kind === 'option' && slide.rationale !== '' && (
          <p className="slide-rationale">{slide.rationale}</p>
        )}
        {slide.kind === 'branch' && (
          <p className="slide-caption" data-testid="slide-caption">
            {t('branch', { title: slide.head })}
          </p>
        )}
        {slide.kind === 'change' && (
          <p className="slide-caption" data-testid="slide-caption">
            {changeWord(words, slide.change.change)}: {slide.change.text(words)}
          </p>
        )}
        {slide.kind === 'option' && comparison.delta !== null && (
          <p className="finding-delta">{deltaSentence(words, comparison.delta, slide.baseline)}</p>
        )}
      </header>
      <div className="slide-body">
        <div className="slide-chart">
          <ReadOnlyChart
            option={comparison.option}
            changes={comparison.changes}
            highlighted={spotlight.ids}
            focusSeq={spotlight.seq}
            focus={slide.focus}
            controls={false}
            maxZoom={1.3}
            dimOutsideFocus={slide.kind === 'branch'}
          />
        </div>
        <aside className="slide-side" aria-label={t('figuresAndFindings')}>
          <dl className="slide-metrics">
            <dt>{words('headcount')}</dt>
            <dd>{comparison.figures.headcount}</dd>
            <dt>{words('layers')}</dt>
            <dd>{card.layers}</dd>
            <dt>{words('largestSpan')}</dt>
            <dd>{card.maxSpan}</dd>
            <dt>{words('executiveTeam')}</dt>
            <dd>{card.executiveTeam ?? '–'}</dd>
            <dt>{words('vacancies')}</dt>
            <dd>{card.vacancies}</dd>
          </dl>
          <h2>{findings.shown.length === 0 ? t('noFindings') : t('findings')}</h2>
          <ul className="slide-findings plain-list" data-testid="slide-findings">
            {findings.shown.map((finding, i) => (
              <li key={`${finding.ruleId}:${i}`}>
                <FindingButton
                  finding={finding}
                  pressed={spotlight.ids === finding.positionIds}
                  onPick={(f) =>
                    setSpotlight((current) => ({ ids: f.positionIds, seq: current.seq + 1 }))
                  }
                />
              </li>
            ))}
          </ul>
          {findings.more > 0 && <p className="slide-more">{t('more', { count: findings.more })}</p>}
        </aside>
      </div>
    </section>
  );
}
