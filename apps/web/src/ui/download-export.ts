import {
  type ExportFormat,
  type ExportInputs,
  exportFileName,
  type FormatSubject,
} from '@orgwise/formats';
import { downloadBlob } from './download-blob.js';

export interface DownloadedExport {
  fileName: string;
  /** Something the user should know about the file (a picture drawn smaller than asked). */
  notice?: string;
}

/**
 * Makes a file in one of the registered formats and has the browser save it, named by the one
 * scheme every export shares (`name` is the company's or the workspace's). Rejects with the
 * format's ExportError when the file cannot be made; nothing is saved then.
 */
export async function downloadExport<S extends FormatSubject>(
  format: ExportFormat<S>,
  input: ExportInputs[S],
  name: string | undefined,
  date: Date = new Date(),
  doc: Document = document,
): Promise<DownloadedExport> {
  const { content, notice } = await format.produce(input);
  // Text is written as UTF-8; saying so keeps browsers and mail clients from guessing. Every
  // writer makes its bytes in a plain ArrayBuffer, never a shared one.
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: `${format.mediaType};charset=utf-8` })
      : new Blob([content as Uint8Array<ArrayBuffer>], { type: format.mediaType });
  const fileName = exportFileName(format, name, date);
  downloadBlob(blob, fileName, doc);
  return notice === undefined ? { fileName } : { fileName, notice };
}
