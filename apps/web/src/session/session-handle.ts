import { createContext, useContext } from 'react';
import type { Session } from './session.js';

// The editor's session, handed to the components that save, load and resolve conflicts through
// React context by the app's wiring (main.tsx), so that no module holds it as a singleton and
// tests can give each render a session of their own.

export const SessionHandle = createContext<Session | null>(null);

export function useSessionHandle(): Session {
  const session = useContext(SessionHandle);
  if (session === null)
    throw new Error('useSessionHandle needs a <SessionHandle.Provider> above it');
  return session;
}
