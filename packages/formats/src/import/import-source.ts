import { type DecodedText, decodeText } from '../file/decode-text.js';

/**
 * A file to import as the readers see it: its bytes, for binary formats (a workbook), and its
 * text, for the others, decoded on first ask and once only (several readers may sniff it).
 */
export interface ImportSource {
  readonly bytes: Uint8Array;
  text(): string;
  /** The encoding the text was decoded in; undefined while no reader asked for text. */
  encoding(): DecodedText['encoding'] | undefined;
}

export function importSource(bytes: Uint8Array): ImportSource {
  let decoded: DecodedText | undefined;
  const decode = () => {
    decoded ??= decodeText(bytes);
    return decoded;
  };
  return { bytes, text: () => decode().text, encoding: () => decoded?.encoding };
}

/** A source for text already in hand (tests, the CLI, an HTTP body read as text). */
export function textSource(text: string): ImportSource {
  return importSource(new TextEncoder().encode(text));
}
