export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in, to mention when it was not UTF-8. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Text from a file's bytes, in whatever encoding a spreadsheet saved it: UTF-8 (with or without a
 * byte order mark), UTF-16 with a byte order mark (Excel's "Unicode text"), or else Windows-1252,
 * which Danish and Dutch Excel use for "CSV (semicolon separated)" and which would otherwise turn
 * æ, ø and å into replacement characters.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    // The decoder drops a UTF-8 byte order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
