import type { PositionExtras } from './position-extras.js';

/** How a person names their manager: by the manager's directory id or by their e-mail address. */
export interface ManagerReference {
  by: 'id' | 'email';
  value: string;
  /** The place in the document, for the issue when it names nobody. */
  where: string;
}

/**
 * A person as a directory reader hands them over, whatever the directory: the fields a position
 * is made of, each read from its place in the document.
 */
export interface DirectoryPerson {
  /** The person's place in the document: `Resources[3]`, `[1].value[40]`. */
  where: string;
  id: string;
  title: string;
  holder: string | undefined;
  /** E-mail addresses others may name this person by as their manager, as written. */
  emails: readonly string[];
  /** False for a disabled, suspended or archived account: left out of the chart. */
  active: boolean;
  /** Why the account counts as inactive ("active" is false, "suspended" is true). */
  inactiveBecause?: string;
  manager: ManagerReference | undefined;
  /** Ids of direct reports, from Microsoft Graph's `directReports`, with their places. */
  directReports: readonly { id: string; where: string }[];
  extras: PositionExtras;
}
