import { walkXml } from './walk-xml.js';

export interface WorkbookSheet {
  name: string;
  /** The sheet's part in the zip: `xl/worksheets/sheet1.xml`. */
  path: string;
}

export interface WorkbookInfo {
  /** The worksheets in the order of their tabs. */
  sheets: WorkbookSheet[];
  /** Dates counted from 1904 (old Mac workbooks) rather than 1900. */
  date1904: boolean;
}

/** A relationship's target as a path in the zip: relative to `xl/`, or absolute from the root. */
const partPath = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/**
 * The worksheets of a workbook in tab order, from `xl/workbook.xml` and the relationships that
 * say which part holds each (`xl/_rels/workbook.xml.rels`).
 */
export function workbookSheets(workbookXml: string, relationshipsXml: string): WorkbookInfo {
  const targets = new Map<string, string>();
  walkXml(relationshipsXml, {
    open(name, attribute) {
      const id = attribute('Id');
      const target = attribute('Target');
      if (name === 'Relationship' && id !== undefined && target !== undefined)
        targets.set(id, partPath(target));
    },
  });
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  walkXml(workbookXml, {
    open(name, attribute) {
      if (name === 'workbookPr') {
        const value = attribute('date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const path = targets.get(attribute('r:id') ?? attribute('id') ?? '');
        if (path !== undefined) sheets.push({ name: attribute('name') ?? '', path });
      }
    },
  });
  return { sheets, date1904 };
}
