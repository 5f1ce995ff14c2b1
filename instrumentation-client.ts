import { z } from "zod";

// Runs in the browser before the app's modules. Zod 4 probes for `new Function` when its first object
// schema is built; under the nonce CSP (no 'unsafe-eval') the probe fails quietly but is still reported
// as a Content-Security-Policy violation. jitless skips the probe and uses the plain parser.
z.config({ jitless: true });
