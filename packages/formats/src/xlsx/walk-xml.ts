import { Parser } from 'saxen';

export interface XmlHandlers {
  /** An element opens; `attribute` reads one of its attributes, entities decoded. */
  open?: (name: string, attribute: (key: string) => string | undefined) => void;
  close?: (name: string) => void;
  /** Text between tags (and CDATA), entities decoded. */
  text?: (text: string) => void;
}

/** A name without its namespace prefix: some writers spell `<x:c>` where Excel writes `<c>`. */
const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/**
 * Walks an XML document's elements and text in document order with saxen, a streaming parser
 * that reads attributes only when asked (most of a sheet's are not needed). Throws on XML that
 * is not well-formed.
 */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new Parser();
  const { open, close, text } = handlers;
  if (open !== undefined) {
    // One reader for every element, pointed at the element being opened: handlers read
    // attributes only while it is open, and a sheet has hundreds of thousands of elements.
    let attributes: () => Record<string, string> = () => ({});
    let decode = (value: string) => value;
    let read: Record<string, string> | undefined;
    const attribute = (key: string) => {
      read ??= attributes();
      const value = read[key];
      return value === undefined ? undefined : decode(value);
    };
    parser.on('openTag', (name, getAttributes, decodeEntities) => {
      attributes = getAttributes;
      decode = decodeEntities;
      read = undefined;
      open(localName(name), attribute);
    });
  }
  // saxen reports a self-closing element's close too.
  if (close !== undefined) parser.on('closeTag', (name) => close(localName(name)));
  if (text !== undefined) {
    parser.on('text', (value, decode) => text(decode(value)));
    parser.on('cdata', text);
  }
  parser.on('error', (error) => {
    throw error;
  });
  parser.parse(xml);
}
