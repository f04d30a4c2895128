/**
 * The values a message's placeholders take. Names, titles and counts only, never text in a
 * language: a list is formatted in the message's language ("A, B and C", "A, B og C").
 */
export type MessageValue = string | number | string[];
export type MessageData = Record<string, MessageValue>;

/** Messages by id, as ICU MessageFormat text. */
export type Messages<Id extends string = string> = Readonly<Record<Id, string>>;
