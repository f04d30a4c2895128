import { defineFormat, type Format } from '../format.js';
import { type DirectoryRead, importDirectory } from './directory-document.js';

interface DirectoryFormat {
  dialect: string;
  label: string;
  description: string;
  /** Whether the text is this directory's answer, by words only its documents hold. */
  looksLike: (text: string) => boolean;
  readPeople: (document: unknown) => DirectoryRead;
}

/** A directory's JSON answer as an import format: `chart-<dialect>`, read to a chart with issues. */
export function directoryFormat(directory: DirectoryFormat): Format<'chart'> {
  return defineFormat({
    id: `chart-${directory.dialect}`,
    dialect: directory.dialect,
    label: directory.label,
    description: directory.description,
    subject: 'chart',
    extension: 'json',
    mediaType: 'application/json',
    runsIn: 'anywhere',
    read: {
      extensions: [],
      sniff: (source) => directory.looksLike(source.text()),
      read: async (source) => importDirectory(source.text(), directory.readPeople),
    },
  });
}
