import { it, expect } from "vitest";
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { createTestDb } from "/work/main/tests/support/db";
it("applies", async () => {
  const h = await createTestDb();
  for (const stmt of fs.readFileSync(fs.readdirSync("/tmp/dk/drizzle").filter(f=>f.startsWith("0002")).map(f=>"/tmp/dk/drizzle/"+f)[0], "utf8").split("--> statement-breakpoint")) {
    await h.db.execute(sql.raw(stmt));
  }
  await h.close();
});
