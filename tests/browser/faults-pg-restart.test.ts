import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execSync } from "node:child_process";
import crypto from "node:crypto";
import postgres from "postgres";
import { startApp, type RunningApp } from "./support/app";

// Only meaningful on PostgreSQL (the PGlite run has no server to restart). Browser-suite files run
// one at a time after every other test, so restarting the server disturbs nobody else.
const onPostgres = Boolean(process.env.DATABASE_URL);

let app: RunningApp;
beforeAll(async () => {
  // Workers off: nothing is sent, so the mail transport is a placeholder (production needs one).
  // Filing limits high: this test is about a database restart, not about floods (attacks-limits).
  if (onPostgres) app = await startApp({ OMATIETO_WORKERS: "off", SMTP_URL: "smtp://127.0.0.1:9", OMATIETO_FILING_LIMITS: "32000,32000,32000" });
});
afterAll(async () => app?.stop());

function restartPostgres() {
  execSync("pg_ctlcluster --skip-systemctl-redirect 15 main restart", { stdio: "ignore" });
}

describe.skipIf(!onPostgres)("PostgreSQL restarted while requests are being filed", () => {
  it("stores each request fully (with its audit event) or refuses it cleanly, and recovers without an app restart", async () => {
    const sql = postgres(app.databaseUrl!, { max: 1, onnotice: () => {} });
    const [s] = await sql`select u.id as user_id, p.organisation_id, p.register_id from users u join person_records p on p.user_id = u.id where u.email = 'aino.virtanen@example.fi' limit 1`;
    const token = crypto.randomBytes(32).toString("hex");
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${s.user_id}, now() + interval '1 hour')`;
    const [{ n: before }] = await sql`select count(*)::int as n from requests`;
    await sql.end();

    const body = JSON.stringify({ type: "access", organisationId: s.organisation_id, registerIds: [s.register_id], formats: ["pdf"], confirmDuplicate: true });
    const file = async () => {
      try {
        const r = await fetch(`${app.url}/api/v1/requests`, { method: "POST", headers: { "content-type": "application/json", cookie: `authjs.session-token=${token}` }, body });
        return { status: r.status, body: (await r.json().catch(() => null)) as { data?: { id: string } } | null };
      } catch {
        return { status: 0, body: null };
      }
    };
    const outcomes: Array<{ status: number; body: { data?: { id: string } } | null }> = [];
    let stop = false;
    const clients = Array.from({ length: 5 }, async () => {
      while (!stop) outcomes.push(await file());
    });
    await new Promise((r) => setTimeout(r, 1500));
    restartPostgres();
    await new Promise((r) => setTimeout(r, 2500));
    stop = true;
    await Promise.all(clients);

    // After the restart the same app instance files again.
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      const r = await file();
      outcomes.push(r);
      recovered = r.status === 201;
      if (!recovered) await new Promise((res) => setTimeout(res, 500));
    }
    expect(recovered, `statuses: ${JSON.stringify([...new Set(outcomes.map((o) => o.status))])} last: ${JSON.stringify(outcomes.at(-1))}\n${app.logs.join('').slice(-3000)}`).toBe(true);

    const statuses = new Set(outcomes.map((o) => o.status));
    for (const st of statuses) expect([201, 503]).toContain(st);
    const created = outcomes.filter((o) => o.status === 201).map((o) => o.body!.data!.id);

    const check = postgres(app.databaseUrl!, { max: 1, onnotice: () => {} });
    const [{ n: after }] = await check`select count(*)::int as n from requests`;
    expect(after - before).toBe(created.length);
    const missingAudit = await check`select r.id from requests r where r.created_at > now() - interval '10 minutes'
      and r.id = any(${created}) and not exists (select 1 from audit_events a where a.request_id = r.id and a.action = 'request_filed')`;
    expect(missingAudit).toHaveLength(0);
    const orphans = await check`select r.id from requests r where not exists (select 1 from audit_events a where a.request_id = r.id)`;
    expect(orphans).toHaveLength(0);
    await check.end();
  });
});
