// Several server processes on one machine (OMATIETO_INSTANCES), sharing its port through node:cluster:
// a Node process uses one core, and the app keeps nothing in memory that instances must share
// (sessions, rate limits, jobs and locks are in PostgreSQL), so more cores serve more people
// (README "Beyond one machine"; issue 13). The embedded database belongs to one process: one instance.
import cluster from "node:cluster";
import os from "node:os";

const MAX_INSTANCES = 64;

/**
 * How many instances the environment asks for: OMATIETO_INSTANCES unset or 1 → 1, "auto" → one per
 * core, else a whole number 1–64. Throws a readable message on anything else. Without DATABASE_URL it
 * is always 1 (with a note when more were asked for).
 */
export function instancesWanted(env, log = console.warn) {
  const raw = (env.OMATIETO_INSTANCES ?? "").trim().toLowerCase();
  let n = 1;
  if (raw === "auto") n = Math.min(MAX_INSTANCES, os.availableParallelism());
  else if (raw !== "") {
    if (!/^[0-9]+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_INSTANCES) {
      throw new Error(`OMATIETO_INSTANCES must be "auto" or a whole number from 1 to ${MAX_INSTANCES}, not "${env.OMATIETO_INSTANCES}"`);
    }
    n = Number(raw);
  }
  if (n > 1 && !env.DATABASE_URL) {
    log("[omatieto] OMATIETO_INSTANCES needs DATABASE_URL (PostgreSQL): the embedded database serves one process, so one instance runs");
    return 1;
  }
  return n;
}

/** Sent by an instance when it has migrated, seeded (demo) and started its workers (lib/boot/boot-server.ts). */
export const BOOTED = "omatieto:booted";

/**
 * The primary process: starts the first instance alone, so that migrations and the demo seed run once,
 * then the others. An instance that dies later is replaced; SIGTERM/SIGINT stop every instance cleanly
 * (each lets its workers finish their batch) and then the primary.
 */
export async function runPrimary(n) {
  const instances = new Set();
  let stopping = false;
  let ready = false;
  const fork = (env) => {
    const w = cluster.fork(env);
    instances.add(w);
    w.on("exit", (code, signal) => {
      instances.delete(w);
      if (stopping) {
        if (instances.size === 0) process.exit(0);
        return;
      }
      if (!ready) return; // the first instance's own exit decides (below)
      console.error(`[omatieto] instance ${w.process.pid} stopped (${signal ?? code}); starting another`);
      setTimeout(() => !stopping && fork({ OMATIETO_CLUSTER_FOLLOWER: "1" }), 1000).unref();
    });
    return w;
  };
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      if (stopping) process.exit(0);
      stopping = true;
      if (instances.size === 0) process.exit(0);
      for (const w of instances) w.process.kill("SIGTERM");
    });
  }
  const first = fork({});
  const exitCode = await new Promise((resolve) => {
    first.on("message", (m) => m?.type === BOOTED && resolve(null));
    first.once("exit", (code) => resolve(code ?? 1));
  });
  if (exitCode !== null) {
    // A refusal (production settings, database roles) was printed by the instance itself.
    if (!stopping) process.exit(exitCode || 1);
    return;
  }
  ready = true;
  for (let i = 1; i < n && !stopping; i++) fork({ OMATIETO_CLUSTER_FOLLOWER: "1" });
  console.log(`[omatieto] ${n} instances (OMATIETO_INSTANCES)`);
}
