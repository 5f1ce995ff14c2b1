"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { fail, fieldErrorsOf, type ActionResult } from "../errors";
import { getDb } from "../db/client";
import { runStaffAction, staffActor } from "../workflow/action-runner";
import { formDataToObject } from "../workflow/form-data";
import { toActionResult } from "../workflow/errors";
import { assertAdminOf } from "../admin/guard";
import { acceptSchema, assignSchema, discardSchema, uploadSchema } from "./schema";
import { acceptDraft, assignDraftPassage, discardDraft, importNotice } from "./queries";
import { ImportRefused, MAX_UPLOAD_BYTES } from "./file-type";

type Prev = ActionResult<unknown> | null;
const admin = { admin: true } as const;

/**
 * Paste or upload a privacy notice (issue 14): parse the form, authenticate, authorise (admin of the
 * organisation) before the file is read, then read it by its bytes. A refused file is a translated
 * field error (4xx) and nothing is stored; an accepted one becomes a draft and the review opens.
 */
export async function uploadNoticeAction(_: Prev, fd: FormData): Promise<ActionResult<unknown>> {
  const parsed = uploadSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const actor = await staffActor(admin);
  if ("ok" in actor) return actor;
  const input = parsed.data;
  let draftId: string;
  try {
    assertAdminOf(actor, input.organisationId);
    const file = fd instanceof FormData ? fd.get("file") : null;
    let upload: { name: string; bytes: Uint8Array } | null = null;
    if (file && typeof file === "object" && "arrayBuffer" in file && file.size > 0) {
      // Refused before the body is copied: a size over the limit is known from the part's header.
      if (file.size > MAX_UPLOAD_BYTES) throw new ImportRefused("import_too_large");
      upload = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    }
    draftId = await importNotice(await getDb(), actor, input, upload);
  } catch (e) {
    if (e instanceof ImportRefused) return fail("invalid_input", { fieldErrors: { _form: [e.code] } });
    const result = toActionResult(e);
    if (!result.ok && result.code === "internal") console.error("[omatieto] notice import failed:", (e as Error)?.name ?? "error");
    return result;
  }
  redirect(`/admin/registers/import/${draftId}`);
}

export async function assignPassageAction(_: Prev, fd: FormData) {
  return runStaffAction(assignSchema, fd, (db, a, i) => assignDraftPassage(db, a, i), { ...admin, paths: (i) => [`/admin/registers/import/${i.draftId}`] });
}

export async function discardDraftAction(_: Prev, fd: FormData) {
  const result = await runStaffAction(discardSchema, fd, (db, a, i) => discardDraft(db, a, i), admin);
  if (!result.ok) return result;
  redirect("/admin");
}

/** Accept the draft: the register (or its new notice version) is created and its editor opens. */
export async function acceptDraftAction(_: Prev, fd: FormData) {
  const result = await runStaffAction(acceptSchema, fd, (db, a, i) => acceptDraft(db, a, i), admin);
  if (!result.ok || !result.data) return result;
  revalidatePath(`/admin/registers/${result.data.registerId}`);
  redirect(`/admin/registers/${result.data.registerId}?locale=${result.data.locale}`);
}
