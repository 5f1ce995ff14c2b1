// Issue 13: /my/requests over HTTP on the built app (production mode, PostgreSQL) for a subject with a
// small and one with a large number of requests, timed interleaved; the page renders one page of rows.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { openPostgres, rowsOf } from "@/lib/db/client";
import { startApp } from "../browser/support/app";
import { startSmtp } from "../support/smtp";
import { subjectWithRequests } from "./lists-fixtures";
import { percentile } from "./stats";

export async function measureMyRequestsHttp(databaseUrl: string, sizes: { small: number; large: number }, runs: number) {
  // startApp makes its own database on this server (the app role as in production).
  process.env.DATABASE_URL ||= databaseUrl;
  const smtp = await startSmtp();
  const app = await startApp({ SMTP_URL: smtp.url });
  try {
    const cookie: Record<"small" | "large", string> = { small: "", large: "" };
    const h = await openPostgres(app.databaseUrl!, 2);
    try {
      const [org] = rowsOf<{ id: string }>(await h.db.execute(sql`select id from organisations order by slug limit 1`));
      for (const which of ["small", "large"] as const) {
        const s = await subjectWithRequests(h.db, org.id, sizes[which], `h${which}`);
        const token = crypto.randomBytes(24).toString("hex");
        await h.db.execute(sql`insert into sessions (session_token, user_id, expires) values (${token}, ${s.userId}, now() + interval '1 day')`);
        cookie[which] = `authjs.session-token=${token}`;
      }
      await h.db.execute(sql`analyze`);
    } finally {
      await h.close();
    }
    const get = async (which: "small" | "large", query = "") => {
      const t0 = performance.now();
      const r = await fetch(`${app.url}/my/requests${query}`, { headers: { cookie: cookie[which] }, redirect: "manual" });
      const body = await r.text();
      if (r.status !== 200) throw new Error(`/my/requests answered ${r.status}`);
      return { ms: performance.now() - t0, rows: (body.match(/href="\/my\/requests\/[0-9a-f-]{36}"/g) ?? []).length, next: body.match(/cursor=([A-Za-z0-9_-]+)/)?.[1] };
    };
    for (let i = 0; i < 5; i++) {
      await get("small");
      await get("large");
    }
    const s: number[] = [];
    const l: number[] = [];
    let last = await get("large");
    for (let i = 0; i < runs; i++) {
      s.push((await get("small")).ms);
      last = await get("large");
      l.push(last.ms);
    }
    const second = await get("large", `?cursor=${last.next}`);
    return { small: percentile(s, 50), large: percentile(l, 50), rowsShown: last.rows, secondPageRows: second.rows };
  } finally {
    await app.stop();
    await smtp.stop();
  }
}
