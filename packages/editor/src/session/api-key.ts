import type { KeyValueStorage } from './key-value-storage.js';

// The API key, when the server asks for one (ORGWISE_API_KEY): asked for once and kept for this
// browser tab only (sessionStorage), so it is gone when the tab closes and never lands in the URL,
// localStorage or a file.

const STORAGE_KEY = 'orgwise.apiKey';

export interface ApiKeyStore {
  get(): string | null;
}

export interface WritableApiKeyStore extends ApiKeyStore {
  set(key: string): void;
  clear(): void;
}

/**
 * The key in the tab's storage (sessionStorage, passed in); storage can be missing or throw (private
 * modes, sandboxed frames): the key is then in memory.
 */
export function sessionApiKeyStore(storage: KeyValueStorage | undefined) {
  let memory: string | null = null;
  const store: WritableApiKeyStore = {
    get() {
      try {
        return storage?.getItem(STORAGE_KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(key) {
      memory = key;
      try {
        storage?.setItem(STORAGE_KEY, key);
      } catch {
        // Kept in memory only.
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        // Nothing stored.
      }
    },
  };
  return store;
}
