import { z } from 'zod';

// Imported first by main.tsx, before any schema exists: zod would otherwise probe `new Function`
// for its fast path when a schema is built, and the CSP (no 'unsafe-eval') reports every probe as
// a violation. jitless parsing is fast enough for what the renderer validates.
z.config({ jitless: true });
