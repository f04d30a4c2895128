import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { ReadOnlyChart } from '../../comparison/ReadOnlyChart.js';
import { ScorecardTable } from '../../comparison/ScorecardTable.js';
import { buildSlides, moveSlide, type Slide, slideKey } from './slides.js';
import './present.css';

const noHighlight: readonly string[] = [];

export interface PresentationProps {
  title: string;
  comparisons: readonly OptionComparison[];
  onExit: () => void;
}

/**
 * The options as slides, full screen where the browser allows it (otherwise filling the window):
 * ←/→, PageUp/PageDown, Home/End to move, Esc to leave. Nothing on it edits.
 */
export function Presentation({ title, comparisons, onExit }: PresentationProps) {
  const slides = useMemo(() => buildSlides(comparisons), [comparisons]);
  const [index, setIndex] = useState(0);
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
      const key = slideKey(event.key);
      if (key === null || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      if (key === 'exit') exit();
      else setIndex((current) => moveSlide(current, slides.length, key));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exit, slides.length]);

  const slide = slides[Math.min(index, slides.length - 1)];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a full-screen overlay, not a document section.
    <div
      ref={root}
      className="presentation"
      data-testid="presentation"
      tabIndex={-1}
      role="region"
      aria-roledescription="presentation"
      aria-label={title}
    >
      {slide === undefined ? (
        <p className="slide-empty">There are no options to present.</p>
      ) : (
        <SlideView slide={slide} />
      )}
      <footer className="presentation-footer">
        <span className="presentation-title">{title}</span>
        <button
          type="button"
          onClick={() => setIndex((i) => moveSlide(i, slides.length, 'previous'))}
          disabled={index === 0}
          aria-label="Previous slide"
        >
          ←
        </button>
        <span data-testid="slide-counter" aria-live="polite">
          {Math.min(index + 1, slides.length)} / {slides.length}
        </span>
        <button
          type="button"
          onClick={() => setIndex((i) => moveSlide(i, slides.length, 'next'))}
          disabled={index >= slides.length - 1}
          aria-label="Next slide"
        >
          →
        </button>
        <button type="button" onClick={exit}>
          Exit (Esc)
        </button>
      </footer>
    </div>
  );
}

function SlideView({ slide }: { slide: Slide }) {
  if (slide.kind === 'comparison') {
    return (
      <section className="slide slide--comparison" data-testid="slide" data-kind="comparison">
        <h1>{slide.title}</h1>
        <ScorecardTable comparisons={slide.comparisons} caption="Key figures" />
        <ul className="slide-deltas">
          {slide.comparisons
            .filter((c) => c.deltaSummary !== null)
            .map((c) => (
              <li key={c.option.key}>{c.deltaSummary}.</li>
            ))}
        </ul>
      </section>
    );
  }
  const { comparison, findings } = slide;
  const card = comparison.scorecard;
  return (
    <section className="slide slide--option" data-testid="slide" data-kind="option">
      <header className="slide-header">
        <h1>{slide.title}</h1>
        {slide.rationale !== '' && <p className="slide-rationale">{slide.rationale}</p>}
        {comparison.deltaSummary !== null && (
          <p className="finding-delta">{comparison.deltaSummary}.</p>
        )}
      </header>
      <div className="slide-body">
        <div className="slide-chart">
          <ReadOnlyChart
            option={comparison.option}
            changes={comparison.changes}
            highlighted={noHighlight}
            focusSeq={0}
          />
        </div>
        <aside className="slide-side">
          <dl className="slide-metrics">
            <dt>Positions</dt>
            <dd>{card.positions}</dd>
            <dt>Layers</dt>
            <dd>{card.layers}</dd>
            <dt>Largest span</dt>
            <dd>{card.maxSpan}</dd>
            <dt>Executive team</dt>
            <dd>{card.executiveTeam ?? '–'}</dd>
            <dt>Vacancies</dt>
            <dd>{card.vacancies}</dd>
          </dl>
          <h2>{findings.shown.length === 0 ? 'No findings' : 'Findings'}</h2>
          <ul className="slide-findings" data-testid="slide-findings">
            {findings.shown.map((finding, i) => (
              <li key={`${finding.ruleId}:${i}`} className={`finding finding--${finding.severity}`}>
                <span className={`ro-severity ro-severity--${finding.severity}`}>
                  {finding.severity}
                </span>{' '}
                {finding.message}
              </li>
            ))}
          </ul>
          {findings.more > 0 && <p className="slide-more">and {findings.more} more</p>}
        </aside>
      </div>
    </section>
  );
}
