import JSZip from 'jszip';

export interface PptxContent {
  /** Text runs of each slide, in slide order. */
  slides: string[][];
  /** Raw XML of each slide, in slide order. */
  xml: string[];
  presentation: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** Opens a .pptx as the zip it is and reads each slide's XML and text runs (<a:t>). */
export async function readPptx(bytes: Uint8Array): Promise<PptxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => slideNumber(a) - slideNumber(b));
  const xml = await Promise.all(names.map((name) => zip.file(name)!.async('string')));
  const slides = xml.map((slide) =>
    [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
      m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!),
    ),
  );
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  return { slides, xml, presentation };
}

function slideNumber(name: string): number {
  return Number(/slide(\d+)\.xml$/.exec(name)![1]);
}
