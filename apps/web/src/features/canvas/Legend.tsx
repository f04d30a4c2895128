/** What the lines mean: shown on the canvas so a client reading a screenshot knows too. */
export function Legend() {
  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <span className="legend-item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--reporting" />
        </svg>
        Reports to
      </span>
      <span className="legend-item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--dotted" />
        </svg>
        Dotted line
      </span>
      <span className="legend-item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--loop" />
        </svg>
        Reporting loop
      </span>
    </section>
  );
}
