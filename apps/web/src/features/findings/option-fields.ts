/**
 * The form controls of a rule's options, read from their JSON Schema (as the domain's
 * `describeRules` gives it): a number box for a number, a checkbox for a yes/no, one line per
 * entry for a list of titles, a small table for a list of number pairs. What the schema holds
 * beyond these is left to the raw JSON editor (`complete` is then false).
 */
export type ScalarKind = 'integer' | 'number';

export type OptionField =
  | { kind: ScalarKind; name: string; label: string; min?: number }
  | { kind: 'boolean'; name: string; label: string }
  | { kind: 'text'; name: string; label: string }
  | { kind: 'choice'; name: string; label: string; choices: string[] }
  | { kind: 'lines'; name: string; label: string }
  | {
      kind: 'rows';
      name: string;
      label: string;
      columns: { name: string; label: string; kind: ScalarKind; min?: number }[];
    };

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Abbreviations that read as capitals in a label ("enterpriseCioFrom": "Enterprise CIO from"). */
const capitals = new Set(['ceo', 'cio', 'cto', 'ciso', 'cfo', 'coo', 'it', 'fte', 'id']);

/** "frontlineMax" → "Frontline max": the option's name as words. */
export function optionLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
    .map((word) => (capitals.has(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function numberKind(schema: Schema): ScalarKind | undefined {
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  return undefined;
}

/** The smallest value allowed: `minimum`, or the next whole number above `exclusiveMinimum`. */
function minimumOf(schema: Schema, kind: ScalarKind): number | undefined {
  if (typeof schema.minimum === 'number') return schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number')
    return kind === 'integer' ? Math.floor(schema.exclusiveMinimum) + 1 : undefined;
  return undefined;
}

function fieldOf(name: string, schema: Schema): OptionField | undefined {
  const label = optionLabel(name);
  const kind = numberKind(schema);
  if (kind !== undefined) {
    const min = minimumOf(schema, kind);
    return min === undefined ? { kind, name, label } : { kind, name, label, min };
  }
  if (schema.type === 'boolean') return { kind: 'boolean', name, label };
  if (schema.type === 'string' && Array.isArray(schema.enum))
    return { kind: 'choice', name, label, choices: schema.enum.map(String) };
  if (schema.type === 'string') return { kind: 'text', name, label };
  if (schema.type === 'array' && isSchema(schema.items)) {
    const items = schema.items;
    if (items.type === 'string' && items.enum === undefined) return { kind: 'lines', name, label };
    if (items.type === 'object' && isSchema(items.properties)) {
      const columns: Extract<OptionField, { kind: 'rows' }>['columns'] = [];
      for (const [column, columnSchema] of Object.entries(items.properties)) {
        const columnKind = isSchema(columnSchema) ? numberKind(columnSchema) : undefined;
        if (columnKind === undefined || !isSchema(columnSchema)) return undefined;
        const min = minimumOf(columnSchema, columnKind);
        columns.push({
          name: column,
          label: optionLabel(column),
          kind: columnKind,
          ...(min === undefined ? {} : { min }),
        });
      }
      return { kind: 'rows', name, label, columns };
    }
  }
  return undefined;
}

export function optionFields(schema: Record<string, unknown>): {
  fields: OptionField[];
  complete: boolean;
} {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const fields: OptionField[] = [];
  let complete = true;
  for (const [name, property] of Object.entries(properties)) {
    const field = isSchema(property) ? fieldOf(name, property) : undefined;
    if (field === undefined) complete = false;
    else fields.push(field);
  }
  return { fields, complete };
}

/**
 * A number as typed: a number when it reads as one, the text as typed otherwise (so that the
 * domain's check says what is wrong with it), undefined when the box is empty (the default).
 */
export function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** A list of titles typed one per line: blank lines dropped, each line trimmed. */
export function typedLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
