/**
 * The presentation properties of SVG shapes that React Flow sets in its stylesheet (edge strokes,
 * arrowheads, label backgrounds).
 */
const svgProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/**
 * Copies the computed style of every shape inside the SVG elements under `root` into its `style`
 * attribute, and returns a function that puts the attributes back.
 *
 * Why: html-to-image (1.11.12 and later) copies an <svg> element with all its children at once
 * and inlines the computed style of the <svg> alone, so the shapes inside lose every style that
 * came from a stylesheet — React Flow's edges then have no stroke and vanish from the image
 * (bubkoo/html-to-image#516, xyflow/xyflow#5194). Inline styles survive that copy.
 */
export function inlineSvgStyles(root: Element): () => void {
  const saved: [Element, string | null][] = [];
  for (const shape of root.querySelectorAll('svg *')) {
    if (!(shape instanceof SVGElement)) continue;
    const computed = getComputedStyle(shape);
    saved.push([shape, shape.getAttribute('style')]);
    for (const property of svgProperties) {
      const value = computed.getPropertyValue(property);
      if (value !== '' && shape.style.getPropertyValue(property) === '') {
        shape.style.setProperty(property, value);
      }
    }
  }
  return () => {
    for (const [shape, style] of saved) {
      if (style === null) shape.removeAttribute('style');
      else shape.setAttribute('style', style);
    }
  };
}
