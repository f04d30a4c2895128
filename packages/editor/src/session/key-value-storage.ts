/**
 * The part of the Web Storage interface (localStorage, sessionStorage) the session uses, so that
 * this package needs no DOM types: the web app passes the browser's storages, tests a Map.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reads a browser storage that can be missing or throw on access (private modes, sandboxes). */
export function safeStorage(read: () => KeyValueStorage | undefined): KeyValueStorage | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
