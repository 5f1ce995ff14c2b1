import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { claimJob, releaseJob } from "@/lib/jobs/schedule";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

describe("scheduled job lease", () => {
  it("lets one claimer run a job per interval, even when several race", async () => {
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimJob(h.db, "demo", 3600)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await releaseJob(h.db, "demo");
    // Released, but the interval has not passed: nobody runs it again yet.
    expect(await claimJob(h.db, "demo", 3600)).toBe(false);
    // With a zero interval it can run again once released.
    expect(await claimJob(h.db, "demo", 0)).toBe(true);
    expect(await claimJob(h.db, "demo", 0)).toBe(false);
  });
});
