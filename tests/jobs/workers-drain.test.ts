import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, type SmtpBox } from "../support/smtp";
import type { DbHandle } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/queries";
import { drainWorkers, startWorkers, stopWorkers } from "@/lib/jobs/workers";

let h: DbHandle;
let smtp: SmtpBox;
let accepting!: () => void;
const sending = new Promise<void>((r) => (accepting = r));

beforeAll(async () => {
  h = await createTestDb();
  // The SMTP server takes 1.5 s to accept a message: the stop below comes in the middle of the send.
  smtp = await startSmtp(0, { delayMs: 1500, onAccepting: () => accepting() });
  process.env.SMTP_URL = smtp.url;
  process.env.OMATIETO_OUTBOX_INTERVAL_MS = "50";
});
afterAll(async () => {
  stopWorkers();
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
  delete process.env.OMATIETO_OUTBOX_INTERVAL_MS;
});

describe("stopping an instance (SIGTERM → drainWorkers)", () => {
  it("lets the outbox batch in progress finish, so a sent email is marked sent and not sent again by another instance", async () => {
    const mail = await h.db.transaction((tx) =>
      enqueueEmail(tx, {
        template: "request_received",
        locale: "fi",
        to: "aino@example.fi",
        vars: { organisationName: "Turun Kaupunkilähetys ry", organisationContact: "tietosuoja@tkl.example", portalUrl: "http://localhost:3000", requestUrl: "http://localhost:3000/my/requests/1", reference: "TKL-2026-0001", requestTypeLabel: "Tarkastuspyyntö", dueDate: "28.12.2026", recipientName: "Aino" },
      }),
    );
    startWorkers(h.db);
    await sending;
    await drainWorkers();
    const [row] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(row.status).toBe("sent");
    expect(smtp.messages).toHaveLength(1);
  });
});
