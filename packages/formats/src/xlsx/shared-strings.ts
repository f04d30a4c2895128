import { walkXml } from './walk-xml.js';

/**
 * The workbook's shared strings (`xl/sharedStrings.xml`), which text cells point at by index:
 * each item's text, its rich-text runs joined, its phonetic guide (`rPh`, Japanese readings) left
 * out as Excel leaves it out of the cell's value.
 */
export function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let item: string | undefined;
  let inText = false;
  let phonetic = 0;
  walkXml(xml, {
    open(name) {
      if (name === 'si') item = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(item ?? '');
        item = undefined;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(value) {
      if (inText && item !== undefined) item += value;
    },
  });
  return strings;
}
