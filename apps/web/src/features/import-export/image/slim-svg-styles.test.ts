// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { slimStyles } from './slim-svg-styles.js';

/** Browser defaults as the blank frame would report them, for the properties these tests use. */
const defaults: Record<string, string> = {
  color: 'rgb(0, 0, 0)',
  'margin-top': '0px',
  'font-family': 'Times',
  'border-top-color': 'rgb(0, 0, 0)',
  width: 'auto',
};
const defaultStyle = () =>
  ({ getPropertyValue: (property: string) => defaults[property] ?? '' }) as CSSStyleDeclaration;

function styled(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  slimStyles(root, defaultStyle);
  return root;
}

function declarations(element: Element | null): Record<string, string> {
  const style = (element as HTMLElement).style;
  const result: Record<string, string> = {};
  for (let i = 0; i < style.length; i++)
    result[style.item(i)] = style.getPropertyValue(style.item(i));
  return result;
}

describe('slimStyles', () => {
  const parent =
    'color: rgb(1, 2, 3); font-family: Inter; margin-top: 7px; --accent: #fff; width: 100px; cursor: grab';

  it('keeps the outermost element whole', () => {
    const root = styled(`<div id="top" style="${parent}"></div>`);
    expect(Object.keys(declarations(root.querySelector('#top')))).toHaveLength(6);
  });

  it('drops what a plain element inherits or gets by default, keeps what differs', () => {
    const root = styled(
      `<div style="${parent}"><span id="child" style="color: rgb(1, 2, 3); font-family: Inter; margin-top: 7px; --accent: #fff; cursor: grab; width: 100px; border-top-color: rgb(1, 2, 3)"></span></div>`,
    );
    // margin-top is not inherited and 7px is not its default, so the child needs it; width
    // depends on layout and is always kept.
    expect(declarations(root.querySelector('#child'))).toEqual({
      'margin-top': '7px',
      width: '100px',
    });
  });

  it('drops a non-inherited default only when the parent has the same value', () => {
    const root = styled(
      `<div style="margin-top: 0px"><p id="same" style="margin-top: 0px"></p></div><div style="margin-top: 4px"><p id="other" style="margin-top: 0px"></p></div>`,
    );
    expect(declarations(root.querySelector('#same'))).toEqual({});
    expect(declarations(root.querySelector('#other'))).toEqual({ 'margin-top': '0px' });
  });

  it('keeps inherited values on elements the browser styles itself', () => {
    const root = styled(
      `<div style="${parent}"><button id="button" style="color: rgb(1, 2, 3); font-family: Inter; border-top-color: rgb(1, 2, 3)"></button></div>`,
    );
    expect(declarations(root.querySelector('#button'))).toEqual({
      color: 'rgb(1, 2, 3)',
      'font-family': 'Inter',
      'border-top-color': 'rgb(1, 2, 3)',
    });
  });
});
