// A second app server for the tests of a protected install: the same build, its own database,
// with ORGWISE_API_KEY set, as an operator runs it before opening Orgwise to other machines.

export const KEYED_PORT = Number(process.env.E2E_PORT ?? 3199) + 1;
export const KEYED_URL = `http://127.0.0.1:${KEYED_PORT}`;
export const API_KEY = 'e2e-only-key-7f3a9c51d2b84e06';
