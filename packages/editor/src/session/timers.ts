/**
 * The runtime's timers. Every place the editor runs (browsers, Node) has them, but they belong to
 * neither ECMAScript's library nor this package's types (it takes no DOM or Node types). Looked up
 * on each call, so that test fake timers installed later are used.
 */
interface Timers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const runtime = globalThis as unknown as Timers;

export type Timer = unknown;

export const timers: Timers = {
  setTimeout: (handler, ms) => runtime.setTimeout(handler, ms),
  clearTimeout: (timer) => runtime.clearTimeout(timer),
};
