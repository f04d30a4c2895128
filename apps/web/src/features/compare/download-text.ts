import { downloadBlob } from '../../ui/download-blob.js';

/** Offers text as a file download (the browser's Save dialog or downloads bar). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A file name from a workspace name: no characters a file system refuses. */
export function safeFileName(name: string, suffix: string): string {
  const base = [...name]
    .map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base === '' ? 'Orgwise' : base.slice(0, 80)} ${suffix}`;
}
