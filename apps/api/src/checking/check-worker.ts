// The entry point of the worker threads of check-pool.ts: each task is one runCheck.
export { runCheck as default } from './check-request.js';
