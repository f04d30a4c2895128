// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextWithCode } from './TextWithCode.js';

afterEach(cleanup);

describe('TextWithCode', () => {
  it('shows backticked names as code, without the backticks', () => {
    const { container } = render(
      <p>
        <TextWithCode text="More reports than `max` (default 15) or `frontlineMax`" />
      </p>,
    );
    expect(container.textContent).toBe('More reports than max (default 15) or frontlineMax');
    expect([...container.querySelectorAll('code')].map((code) => code.textContent)).toEqual([
      'max',
      'frontlineMax',
    ]);
  });

  it('keeps an unmatched backtick as text', () => {
    const { container } = render(
      <p>
        <TextWithCode text="a `b` c `d" />
      </p>,
    );
    expect(container.textContent).toBe('a b c `d');
    expect(container.querySelectorAll('code')).toHaveLength(1);
  });
});
