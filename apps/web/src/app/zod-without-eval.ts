import { config } from 'zod';

// Zod probes `new Function` to decide whether to compile its parsers. The page's
// Content-Security-Policy forbids eval, so the probe fails anyway, and Firefox reports the attempt
// as a security error in the console. This module is imported first by main.tsx because the
// domain package builds and uses schemas while its modules load.
config({ jitless: true });
