/** A line and column, both counted from 1; columns in UTF-16 code units, as SARIF expects. */
export interface TextLocation {
  line: number;
  column: number;
}

/**
 * Turns offsets into lines and columns. The line starts are found once, so that looking up many
 * offsets (one per finding) stays cheap on a large file.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // "\r\n", "\n" and a lone "\r" each end a line.
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  locate(offset: number): TextLocation {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
