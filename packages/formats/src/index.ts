export { changeWords } from './comparison/change-words.js';
export {
  type ComparedDiff,
  comparisonCsv,
  comparisonCsvHeader,
} from './comparison/comparison-csv.js';
export { chartFromCsv } from './csv/chart-from-csv.js';
export {
  type CsvField,
  type CsvMapping,
  csvFields,
  fieldLabels,
  type MappedField,
  mappedFieldLabels,
  mappedFields,
} from './csv/csv-fields.js';
export { type CsvConversion, csvToPositions } from './csv/csv-to-positions.js';
export { guessMapping } from './csv/guess-mapping.js';
export { type CsvImportError, formatCsvError } from './csv/import-error.js';
export type { CsvRow, CsvTable } from './csv/parse-csv.js';
export { type PreviewRow, previewRows } from './csv/preview-rows.js';
export { formatImportIssue, type ImportIssue } from './directory/import-issue.js';
export type { PositionExtras } from './directory/position-extras.js';
export { exportFileName, localDate, slugify } from './file/file-name.js';
export { type FileToRead, MAX_IMPORT_BYTES } from './file/read-file.js';
export {
  type AnyFormat,
  type DrawChart,
  ExportError,
  type Exported,
  type ExportInputs,
  type FileContent,
  type Format,
  type FormatDirection,
  type FormatReader,
  type FormatSubject,
  type Imported,
} from './format.js';
export {
  type ChartPicture,
  estimateLine,
  type MeasureLine,
  type PictureEdge,
  type PictureNode,
  pictureBounds,
} from './image/chart-picture.js';
export {
  type ChartSvgOptions,
  chartSvg,
  PICTURE_FONT,
  type PictureLabels,
} from './image/chart-svg.js';
export {
  type Bounds,
  defaultImageLimits,
  type ImagePlan,
  type ImagePlanResult,
  planImage,
} from './image/plan-image.js';
export { type PrintPlan, type PrintTile, planPrintTiles } from './image/print-tiles.js';
export { type ImportedDocument, importDocument } from './import/import-document.js';
export { type ImportSource, importSource, textSource } from './import/import-source.js';
export { type ImportedFile, readImportFile } from './import/read-import-file.js';
export { serializeChart } from './json/chart-json.js';
export {
  directionsOf,
  type ExportFormat,
  exportFormats,
  formatById,
  formats,
  formatsWriting,
  type ImportFormat,
  importAccept,
  importFormatFor,
  importFormatNamed,
  importFormatNames,
  importFormats,
  readExtensions,
} from './registry.js';
export { declaredUnzippedSize } from './xlsx/zip-size.js';
