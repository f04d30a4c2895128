import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContent {
  /** Text items of each page, in page order. */
  pages: string[][];
  /** Width and height of each page in points. */
  sizes: [number, number][];
}

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Reads a PDF's pages and text with pdf.js, as a PDF reader would. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl }).promise;
  const pages: string[][] = [];
  const sizes: [number, number][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push([x1 - x0, y1 - y0]);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((text) => text.trim() !== ''),
    );
  }
  await pdf.destroy();
  return { pages, sizes };
}
