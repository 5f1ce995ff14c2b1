"use server";
import { redirect } from "next/navigation";
import { fail, type ActionResult } from "../errors";
import { runStaffAction, runStaffActionValues } from "../workflow/action-runner";
import { parseCsv } from "./csv";
import { createPersonSchema, importChunkSchema, issueClientReferenceSchema, revokeClientReferenceSchema, unlockClientReferenceSchema, updatePersonSchema } from "./schema";
import { issueClientReference, revokeClientReference, unlockClientReference } from "../identity/queries";
import { createPerson, importPersonsChunk, updatePerson } from "./queries";
import type { ImportResult } from "./import-queries";

type Prev = ActionResult<unknown> | null;

export async function createPersonAction(_: Prev, fd: FormData) {
  const res = await runStaffAction(createPersonSchema, fd, (db, a, i) => createPerson(db, a, i), { paths: () => ["/staff/persons"] });
  if (res.ok && res.data) redirect(`/staff/persons/${res.data}`);
  return res;
}

export async function updatePersonAction(_: Prev, fd: FormData) {
  return runStaffAction(updatePersonSchema, fd, (db, a, i) => updatePerson(db, a, i), {
    paths: (i) => [`/staff/persons/${i.personId}`, "/staff/persons"],
  });
}

/** Unlock a client reference locked after wrong secrets; the query scopes it to the actor's organisations and audits it. */
export async function unlockClientReferenceAction(_: Prev, fd: FormData) {
  return runStaffAction(unlockClientReferenceSchema, fd, (db, a, i) => unlockClientReference(db, a, i), {
    paths: (i) => [`/staff/persons/${i.personId}`],
  });
}

/**
 * Issue or reissue an anonymous client's reference (Art. 11). The secret comes back in this one reply,
 * for the printed slip, and is stored only hashed: it cannot be shown again, only reissued.
 */
export async function issueClientReferenceAction(_: Prev, fd: FormData) {
  return runStaffAction(
    issueClientReferenceSchema,
    fd,
    async (db, a, i) => ({ ...(await issueClientReference(db, a, { personId: i.personId })), slipLocale: i.slipLocale }),
    { paths: (i) => [`/staff/persons/${i.personId}`] },
  );
}

/** Revoke a reference; the query scopes it to the actor's organisations and audits it. */
export async function revokeClientReferenceAction(_: Prev, fd: FormData) {
  return runStaffAction(revokeClientReferenceSchema, fd, (db, a, i) => revokeClientReference(db, a, i), {
    paths: (i) => [`/staff/persons/${i.personId}`],
  });
}

/** One chunk of a CSV import, sent by the browser so that it can show progress between chunks. */
export async function importChunkAction(values: unknown) {
  return runStaffActionValues(importChunkSchema, values, (db, a, i) => importPersonsChunk(db, a, i), { paths: () => ["/staff/persons"] });
}

/** Without JavaScript: the whole file in one request, processed in chunks on the server. */
export async function importFileAction(_: Prev, fd: FormData): Promise<ActionResult<ImportResult | undefined>> {
  if (!(fd instanceof FormData)) return fail("invalid_input");
  const file = fd.get("file");
  const registerId = String(fd.get("registerId") ?? "");
  if (!(file instanceof File) || file.size === 0) return fail("invalid_input", { fieldErrors: { file: ["required"] } });
  if (file.size > 1.9 * 1024 * 1024) return fail("invalid_input", { fieldErrors: { file: ["file_too_large"] } });
  const [header, ...rows] = parseCsv(await file.text());
  if (!header) return fail("invalid_input", { fieldErrors: { file: ["required"] } });
  const total: ImportResult = { imported: 0, errors: [], unknownColumns: [] };
  for (let i = 0; i < rows.length; i += 500) {
    const res = await runStaffActionValues(importChunkSchema, { registerId, header, rows: rows.slice(i, i + 500), firstRow: i + 2 }, (db, a, v) => importPersonsChunk(db, a, v), {
      paths: () => ["/staff/persons"],
    });
    if (!res.ok) return res;
    total.imported += res.data?.imported ?? 0;
    total.errors.push(...(res.data?.errors ?? []));
    total.unknownColumns = res.data?.unknownColumns ?? [];
  }
  return { ok: true, data: total };
}
