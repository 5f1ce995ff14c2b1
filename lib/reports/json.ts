/**
 * The report as JSON (PRODUCT.md §6, Art. 15(3) "commonly used electronic form"; Art. 20 for
 * portability): the same content as the PDF, in the versioned shape of `reportDataSchema`
 * ("omatieto.report/2"). Streamed: the envelope is written first, then each record with its
 * `caseNotes` array written note by note, so a 10,000-note person never sits in memory. One value
 * per line keeps the file readable in a text editor and easy to diff.
 */
import type { Writable } from "node:stream";
import { caseNoteSchema, isPortableNote, reportDataSchema, type CaseNoteSource, type ReportHead } from "./report-data";
import { textWriter } from "./stream-write";

const CHUNK = 64 * 1024;
const line = (key: string, value: unknown) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`;

/** Check everything but the notes against the schema before a byte is written. */
function validateHead(head: ReportHead): void {
  reportDataSchema.parse({
    ...head,
    registers: head.registers.map((r) => ({ ...r, records: r.records.map(({ caseNoteCount: _n, ...rec }) => ({ ...rec, caseNotes: [] })) })),
  });
}

export async function writeJsonReport(head: ReportHead, notes: CaseNoteSource, out: Writable): Promise<void> {
  const w = textWriter(out);
  try {
    validateHead(head);
    const { registers, history, ...envelope } = head;
    await w.write("{\n" + Object.entries(envelope).map(([k, v]) => line(k, v)).join(",\n") + ',\n"registers": [');
    for (const [ri, { records, ...register }] of registers.entries()) {
      const reg = JSON.stringify(register);
      await w.write(`${ri ? "," : ""}\n${reg.slice(0, -1)},"records": [`);
      for (const [ki, { caseNoteCount: _n, ...record }] of records.entries()) {
        await w.write(`${ki ? "," : ""}\n${JSON.stringify(record).slice(0, -1)},"caseNotes": [`);
        // Notes go out in chunks of about 64 kB: one write per note cost a system call each.
        let first = true;
        let chunk = "";
        for await (const note of notes(record.id)) {
          if (head.scope === "portability" && !isPortableNote(note)) continue;
          chunk += `${first ? "" : ","}\n${JSON.stringify(caseNoteSchema.parse(note))}`;
          first = false;
          if (chunk.length >= CHUNK) {
            await w.write(chunk);
            chunk = "";
          }
        }
        await w.write(chunk + "\n]}");
      }
      await w.write("\n]}");
    }
    await w.write(`\n],\n${line("history", history)}\n}\n`);
  } catch (e) {
    w.fail(e);
    throw e;
  }
  await w.end();
}
