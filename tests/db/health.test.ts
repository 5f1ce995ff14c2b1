import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { MAIL_QUEUE_MAX_SECONDS, readHealth } from "@/lib/db/health";
import { GET } from "@/app/api/health/route";

// /api/health (issue 10): for an uptime monitor. 200 when the database answers and the mail queue
// moves; 503 otherwise. Counts and ages only: the body never holds an address or a subject line.
let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

describe("GET /api/health", () => {
  it("is 200 ok with an empty queue", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok", mailQueue: { status: "ok", pending: 0, oldestPendingSeconds: 0 } });
  });

  it("is 503 when the oldest pending email is older than the limit, and shows no address", async () => {
    const old = new Date(Date.now() - (MAIL_QUEUE_MAX_SECONDS + 120) * 1000);
    await h.db.insert(emailOutbox).values({ template: "sign_in_link", locale: "fi", toAddress: "aino.virtanen@example.fi", subject: "Kirjautumislinkki", html: "<p>x</p>", text: "x", messageId: `<health-${Date.now()}@test>`, createdAt: old });
    const res = await GET();
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: "unhealthy", database: "ok", mailQueue: { status: "stuck", pending: 1 } });
    expect(text).not.toContain("aino");
    expect(text).not.toContain("Kirjautumislinkki");
  });

  it("says the database is unreachable when it cannot be opened", async () => {
    const health = await readHealth(async () => {
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    });
    expect(health).toMatchObject({ status: "unhealthy", database: "unreachable", mailQueue: { status: "unknown" } });
  });
});
