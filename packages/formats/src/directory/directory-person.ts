import type { JsonObject, Page } from './directory-document.js';

/**
 * How a person names their manager: by the manager's directory id or by their e-mail address.
 * Its place in the document is spelled out only for an issue, as few references need one.
 */
export interface ManagerReference {
  by: 'id' | 'email';
  value: string;
  /** The place in the document (a direct report's entry), else the reader's `managerPlace`. */
  where?: string;
}

/** A direct report as Microsoft Graph's `directReports` lists them. */
export interface DirectReport {
  id: string;
  where: string;
}

/**
 * A person as a directory reader hands them over, whatever the directory: the fields a position
 * is made of, each read from its place in the document. Only what every person needs is read up
 * front; their e-mail addresses are read from `user` only when someone is named by one.
 */
export interface DirectoryPerson {
  /** The person as the document holds them. */
  user: JsonObject;
  /** The page holding the person and their index in its list: `Resources[3]`, `[1].value[40]`. */
  page: Page;
  index: number;
  id: string;
  title: string;
  holder: string | undefined;
  /** Why a disabled, suspended or archived account is left out of the chart; undefined if active. */
  inactiveBecause: string | undefined;
  /** The manager's id or e-mail address, as the person's own record names them. */
  manager: string | undefined;
  managerBy: 'id' | 'email';
  /** Ids of direct reports, from Microsoft Graph's `directReports`; undefined without any. */
  directReports: readonly DirectReport[] | undefined;
  /** The extras, each undefined without a value (a position gets no empty fields). */
  department: string | undefined;
  location: string | undefined;
  employeeNumber: string | undefined;
  email: string | undefined;
}
