/**
 * Computed values that depend on where the element is laid out (its size, its offsets), so that
 * matching a default says nothing about what the element would get without them: always kept.
 */
const layoutDependent = new Set([
  'width',
  'height',
  'inline-size',
  'block-size',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'top',
  'right',
  'bottom',
  'left',
  'inset-block-start',
  'inset-block-end',
  'inset-inline-start',
  'inset-inline-end',
  'transform-origin',
  'perspective-origin',
  'x',
  'y',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
]);

/**
 * Properties that CSS inherits (from the specifications): a child with the same value as its
 * parent gets it without a declaration, whatever the browser's default.
 */
const inheritedProperties = new Set([
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-kerning',
  'font-optical-sizing',
  'font-feature-settings',
  'font-variation-settings',
  'font-size-adjust',
  'font-palette',
  'font-synthesis-weight',
  'font-synthesis-style',
  'font-synthesis-small-caps',
  'font-variant-caps',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-variant-east-asian',
  'font-variant-alternates',
  'font-variant-position',
  'font-variant-emoji',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-align-last',
  'text-indent',
  'text-transform',
  'white-space-collapse',
  'text-wrap-mode',
  'text-wrap-style',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'hyphenate-character',
  'line-break',
  'tab-size',
  'text-shadow',
  'text-rendering',
  'text-underline-position',
  'text-underline-offset',
  'text-emphasis-color',
  'text-emphasis-style',
  'text-emphasis-position',
  'text-size-adjust',
  '-webkit-text-size-adjust',
  'visibility',
  'direction',
  'writing-mode',
  'text-orientation',
  'quotes',
  'list-style-type',
  'list-style-position',
  'list-style-image',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'empty-cells',
  'orphans',
  'widows',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'paint-order',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-rule',
  'color-interpolation',
  'color-rendering',
  'shape-rendering',
  'image-rendering',
  'text-anchor',
  'dominant-baseline',
  'color-scheme',
  'accent-color',
  'forced-color-adjust',
  'print-color-adjust',
  'ruby-position',
  'math-style',
  'math-depth',
  '-webkit-font-smoothing',
  '-webkit-locale',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-color',
  '-webkit-text-stroke-width',
  '-webkit-text-security',
]);

/** Properties whose default is the element's own text colour (`currentcolor`). */
const currentColorProperties = new Set([
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-block-start-color',
  'border-block-end-color',
  'border-inline-start-color',
  'border-inline-end-color',
  'outline-color',
  'text-decoration-color',
  'column-rule-color',
  'rule-color',
]);

/**
 * Elements the browser's own stylesheet gives no inherited property and no border or outline
 * colour. Others (buttons, inputs, headings, lists, links, <strong>) get such values from it, so
 * for them a declaration equal to the parent's is not redundant.
 */
const plainElements = new Set([
  'div',
  'span',
  'p',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
]);

/** Properties that do nothing in a still picture: interaction and motion. */
const noEffectInPicture =
  /^(cursor|transition.*|animation.*|user-select|-webkit-user-.*|pointer-events|caret-color|touch-action|will-change)$/;

/** The style an element of each kind gets from the browser alone, with no page stylesheet. */
export type DefaultStyle = (element: Element) => CSSStyleDeclaration;

/**
 * Default styles read in a blank, invisible iframe (no stylesheets), one element per tag name,
 * cached. Call `dispose` to remove the iframe.
 */
export function createDefaultStyles(): { defaultStyle: DefaultStyle; dispose: () => void } {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText =
    'position:fixed;left:-10000px;top:0;width:400px;height:400px;visibility:hidden;border:0';
  document.body.append(frame);
  const blank = frame.contentDocument;
  if (blank === null) throw new Error('the browser refused a blank frame');
  const cache = new Map<string, CSSStyleDeclaration>();
  return {
    defaultStyle: (element) => {
      const key = `${element.namespaceURI} ${element.localName}`;
      let style = cache.get(key);
      if (style === undefined) {
        const probe = blank.createElementNS(element.namespaceURI, element.localName);
        const host =
          element.namespaceURI === 'http://www.w3.org/2000/svg'
            ? blank.body.appendChild(blank.createElementNS('http://www.w3.org/2000/svg', 'svg'))
            : blank.body;
        host.appendChild(probe);
        style = blank.defaultView!.getComputedStyle(probe);
        cache.set(key, style);
      }
      return style;
    },
    dispose: () => frame.remove(),
  };
}

/**
 * Makes html-to-image's SVG a fraction of its size. html-to-image writes every computed CSS
 * property (about 400, plus every custom property) into the style attribute of every element, so
 * a card costs some 90 KB. A declaration changes nothing when the element would get the same value
 * without it: for a property CSS inherits, when its parent has the same value; for one whose
 * default is the text colour, when it equals the element's colour (these two only for plain
 * elements, which the browser's stylesheet leaves alone); for any other, when it is both
 * the browser's default for the element and its parent's value (which covers the inherited
 * properties missing from the list). Such declarations are removed, so every element still ends up
 * with the values it had on screen; so are custom properties (already resolved into the values
 * that used them) and interaction and motion properties, which a picture has no use for.
 * Elements are visited children first, so a parent's declarations are intact when its children
 * are compared with them. The outermost styled element keeps everything.
 */
export function slimStyles(root: Element, defaultStyle: DefaultStyle): void {
  // Each element's declarations are read into a map once: its children compare with it too.
  const declarations = new Map<Element, Map<string, string>>();
  const declared = (element: HTMLElement | SVGElement) => {
    let values = declarations.get(element);
    if (values === undefined) {
      values = new Map();
      const style = element.style;
      for (let k = 0; k < style.length; k++) {
        const property = style.item(k);
        values.set(property, style.getPropertyValue(property));
      }
      declarations.set(element, values);
    }
    return values;
  };
  const defaultValues = new Map<CSSStyleDeclaration, Map<string, string>>();
  const defaultOf = (style: CSSStyleDeclaration, property: string) => {
    let values = defaultValues.get(style);
    if (values === undefined) {
      values = new Map();
      defaultValues.set(style, values);
    }
    let value = values.get(property);
    if (value === undefined) {
      value = style.getPropertyValue(property);
      values.set(property, value);
    }
    return value;
  };

  const elements = [...root.querySelectorAll('[style]')];
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const parent = element.parentElement?.closest('[style]');
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) continue;
    if (!(parent instanceof HTMLElement || parent instanceof SVGElement)) continue;
    const own = declared(element);
    const inherited = declared(parent);
    const defaults = defaultStyle(element);
    const textColour = own.get('color');
    const plain = element instanceof HTMLElement && plainElements.has(element.localName);
    const kept: [string, string][] = [];
    for (const [property, value] of own) {
      // Custom properties were resolved into the values that use them when the styles were
      // computed; the copies on every element only add weight.
      if (property.startsWith('--') || noEffectInPicture.test(property)) continue;
      if (!layoutDependent.has(property)) {
        const sameAsParent = value === inherited.get(property);
        if (
          (sameAsParent &&
            ((plain && inheritedProperties.has(property)) ||
              value === defaultOf(defaults, property))) ||
          (plain && currentColorProperties.has(property) && value === textColour)
        ) {
          continue;
        }
      }
      kept.push([property, value]);
    }
    if (kept.length === own.size) continue;
    // Written back in one go; the browser folds the longhands into shorthands where it can.
    element.removeAttribute('style');
    for (const [property, value] of kept) element.style.setProperty(property, value);
  }
}
