import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { inArray } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { allCodes, findCodes } from "../support/codes";
import { flat, pdfText, removeReportFiles } from "./helpers";
import type { DbHandle } from "@/lib/db/client";
import { requestRecords, requests } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed/seed";
import { createReport, resolveReportPath } from "@/lib/reports/queries";
import { reportDataSchema } from "@/lib/reports/report-data";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
  await seedDatabase(h.db);
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

const system = { id: null, role: "system" as const };
/** Codes that are also ordinary words: Swedish "en" (a, one), in sv texts and in notes written in Swedish. */
const ordinaryWords = { fi: ["en"], sv: ["en"] } as const;

async function linkedAccessRequests() {
  const linked = new Set((await h.db.select().from(requestRecords)).map((x) => x.requestId));
  return (await h.db.select().from(requests).where(inArray(requests.type, ["access"]))).filter((r) => linked.has(r.id));
}

describe("issue 12: people read labels, never database codes", () => {
  it("the code list comes from the enums and the stored text codes", () => {
    for (const code of ["awaiting_subject", "consent_withdrawal", "camera_recording", "client_reference", "female", "unemployed", "special_data", "signed_form", "whatsapp", "professional_help_client", "active"]) {
      expect(allCodes.has(code), code).toBe(true);
    }
  });

  it("no enum code and no snake_case token in the PDF of any seeded access request, in fi and sv", async () => {
    const rows = await linkedAccessRequests();
    expect(rows.length).toBeGreaterThan(2);
    for (const locale of ["fi", "sv"] as const) {
      for (const r of rows) {
        const pdf = await createReport(h.db, { requestId: r.id, format: "pdf", locale, actor: system });
        const text = flat(await pdfText(resolveReportPath(pdf.storagePath!)));
        expect(findCodes(text, ordinaryWords[locale]), `${r.reference} ${locale}`).toEqual([]);
      }
    }
  });

  it("the PDF names the values a client saw as codes (Aino Virtanen: female, fi, unemployed, signed_form, whatsapp)", async () => {
    const [aino] = (await linkedAccessRequests()).filter((r) => r.subjectName === "Aino Virtanen");
    const read = async (locale: "fi" | "sv") => {
      const pdf = await createReport(h.db, { requestId: aino!.id, format: "pdf", locale, actor: system });
      return flat(await pdfText(resolveReportPath(pdf.storagePath!)));
    };
    const fi = await read("fi");
    for (const label of ["nainen", "suomi", "työtön", "voimassa", "allekirjoitettu lomake", "Uutiskirje", "Verkostotyö", "tapaaminen", "puhelin"]) expect(fi).toContain(label);
    const sv = await read("sv");
    for (const label of ["kvinna", "finska", "arbetslös", "pågående", "undertecknad blankett", "Nyhetsbrev", "Nätverksarbete", "telefon"]) expect(sv).toContain(label);
    // The consent is explained in Swedish; the recorded Finnish wording stays, marked as such (Art. 15).
    expect(sv).toContain("Utbyte av uppgifter med samarbetspartner");
    expect(sv).toContain("Antecknad formulering");
  });

  it("the JSON keeps every code and adds its label", async () => {
    const [aino] = (await linkedAccessRequests()).filter((r) => r.subjectName === "Aino Virtanen");
    const json = await createReport(h.db, { requestId: aino!.id, format: "json", locale: "sv", actor: system });
    const data = reportDataSchema.parse(JSON.parse(fs.readFileSync(resolveReportPath(json.storagePath!), "utf8")));
    expect(data.schemaVersion).toBe("omatieto.report/2");
    const rec = data.registers.flatMap((r) => r.records)[0]!;
    expect(rec.identity).toMatchObject({ gender: "female", genderLabel: "kvinna", motherTongue: "fi", motherTongueLabel: "finska", workingLifeStatus: "unemployed", workingLifeStatusLabel: "arbetslös" });
    expect(rec.relationship).toMatchObject({ state: "active", stateLabel: "pågående" });
    expect(rec.consents.find((c) => c.purpose === "newsletter")).toMatchObject({ purposeLabel: "Nyhetsbrev", method: "signed_form", methodLabel: "undertecknad blankett" });
    expect(data.request).toMatchObject({ type: "access", typeLabel: "Tillgång till uppgifter" });
  });
});
