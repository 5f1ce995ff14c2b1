#!/usr/bin/env node
// The server entry: a small Node http server around the built Next.js app, used by `npm start`,
// `npm run serve` and the browser tests (instead of `next start`). It exists for one reason: the
// client address. For every request it drops any x-omatieto-client-ip header a client sent and sets
// it from the socket, or, behind OMATIETO_TRUSTED_PROXY_HOPS reverse proxies, from the entry those
// proxies appended to X-Forwarded-For (lib/cli/client-ip-hops.mjs). lib/http/client-ip.ts reads it.
// Migrations, the start-up checks and the workers run inside Next (instrumentation.ts) on prepare().
// With OMATIETO_INSTANCES (PostgreSQL only) this process is the primary of several such servers on one
// port (lib/cli/cluster.mjs).
import cluster from "node:cluster";
import http from "node:http";
import path from "node:path";
import { computeClientIp, parseTrustedHops } from "./client-ip-hops.mjs";
import { instancesWanted, runPrimary } from "./cluster.mjs";

const CLIENT_IP_HEADER = "x-omatieto-client-ip";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

let hops;
let instances = 1;
try {
  hops = parseTrustedHops(process.env.OMATIETO_TRUSTED_PROXY_HOPS);
  if (cluster.isPrimary) instances = instancesWanted(process.env);
} catch (e) {
  console.error(`[omatieto] refusing to start: ${e.message}`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? "3000");
const hostname = process.env.HOST ?? "127.0.0.1";

/** Replace the client-IP header in both views Node keeps of the request headers. */
function setClientIp(req) {
  const ip = computeClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  delete req.headers[CLIENT_IP_HEADER];
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() !== CLIENT_IP_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  req.rawHeaders.length = 0;
  req.rawHeaders.push(...raw, CLIENT_IP_HEADER, ip);
  req.headers[CLIENT_IP_HEADER] = ip;
}

if (instances > 1) await runPrimary(instances);
else await serve();

async function serve() {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    setClientIp(req);
    handle(req, res).catch(() => {
      // Next renders its own errors; this only catches a failure of the handler itself.
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, hostname, () => {
    console.log(`[omatieto] listening on http://${hostname}:${port}`);
  });
  // A clean stop: no new connections, and the background workers' batch in progress is let finish
  // (lib/jobs/workers.ts), so an email sent is marked sent before the process goes.
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, async () => {
      if (stopping) process.exit(0);
      stopping = true;
      server.close();
      server.closeIdleConnections?.();
      try {
        await globalThis.__omatietoWorkers?.drain?.();
      } finally {
        process.exit(0);
      }
    });
  }
}
