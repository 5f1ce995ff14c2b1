/**
 * Processors and recipients (issue 10 item 3, issue 15): created, edited and deleted by the
 * organisation's admin only; the request types chosen create the manual tasks, which block completion;
 * the task title is shown in the staff member's language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, createRequest, type Org } from "../workflow/fixtures";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, processors, tasks } from "@/lib/db/schema";
import { deleteProcessor, listProcessors, processorName, saveProcessor } from "@/lib/registers/processor-queries";
import { processorSchema } from "@/lib/registers/schema";
import { assignRequest, completeRequest, executeErasure } from "@/lib/workflow/queries";
import { getRequestView } from "@/lib/workflow/view-queries";
import type { RequestDetails } from "@/lib/db/types";

let h: DbHandle;
let x: Org;
let y: Org;
beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "PRX");
  y = await createOrg(h.db, "PRY");
  // Only the processors made here: the fixture's own would add tasks of their own.
  await h.db.delete(processors).where(eq(processors.registerId, x.registerId));
});
afterAll(async () => h?.close());

/** As the form sends it (dotted names nested by the action's form parser): "taskFor.erasure": "on". */
function input(registerId: string, over: Record<string, string> = {}) {
  const values: Record<string, unknown> = {
    registerId, kind: "processor", nameFi: "Lastensuojelun tietojärjestelmä", nameSv: "Barnskyddets datasystem", nameEn: "Child protection system", contact: "tuki@example.fi",
    serviceFi: "Asiakastiedot", serviceSv: "Klientuppgifter", serviceEn: "Client data",
  };
  const taskFor: Record<string, string> = { erasure: "on" };
  for (const [k, v] of Object.entries(over)) {
    if (k.startsWith("taskFor.")) taskFor[k.slice(8)] = v;
    else values[k] = v;
  }
  return processorSchema.parse({ ...values, taskFor });
}
const erasure: RequestDetails = { type: "erasure", scope: "everything", categories: [], ground: "no_longer_needed" };

describe("processor CRUD", () => {
  it("the admin creates, edits and deletes, each audited; others are refused", async () => {
    const { processorId } = await saveProcessor(h.db, x.admin, input(x.registerId));
    const [row] = await h.db.select().from(processors).where(eq(processors.id, processorId));
    expect(row).toMatchObject({ kind: "processor", name: "Lastensuojelun tietojärjestelmä", names: { sv: "Barnskyddets datasystem" }, contact: "tuki@example.fi", taskFor: ["erasure"] });
    await saveProcessor(h.db, x.admin, input(x.registerId, { processorId, kind: "recipient", nameEn: "Child protection authority", "taskFor.rectification": "on" }));
    const [edited] = await h.db.select().from(processors).where(eq(processors.id, processorId));
    expect(edited).toMatchObject({ kind: "recipient", taskFor: ["rectification", "erasure"] });
    expect(processorName(edited, "en")).toBe("Child protection authority");

    expect(await reason(saveProcessor(h.db, y.admin, input(x.registerId)))).toBe("not_found");
    expect(await reason(saveProcessor(h.db, x.staff, input(x.registerId)))).toBe("forbidden");
    // Editing X's processor from Y's register (Y's admin) and deleting it from Y: not found.
    expect(await reason(saveProcessor(h.db, y.admin, input(y.registerId, { processorId })))).toBe("not_found");
    expect(await reason(deleteProcessor(h.db, y.admin, { processorId }))).toBe("not_found");
    expect(await reason(listProcessors(h.db, y.admin, x.registerId))).toBe("not_found");

    await deleteProcessor(h.db, x.admin, { processorId });
    expect(await h.db.select().from(processors).where(eq(processors.id, processorId))).toHaveLength(0);
    const actions = (await h.db.select().from(auditEvents).where(eq(auditEvents.organisationId, x.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["processor.created", "processor.updated", "processor.deleted"]));
  });
  it("bad input is refused by the form schema with translated codes", () => {
    const bad = processorSchema.safeParse({ registerId: x.registerId, kind: "vendor", nameFi: "", nameSv: "x", nameEn: "x".repeat(301) });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(expect.arrayContaining(["kind:required", "nameFi:required", "nameEn:too_long"]));
  });
});

describe("tasks by request type", () => {
  it("an erasure creates the processor's task, not an access request; the task blocks completion; its title is in the handler's language", async () => {
    const { processorId } = await saveProcessor(h.db, x.admin, input(x.registerId));
    // A recipient asked for access tasks gets none: Art. 19 notifications are for rectification, erasure, restriction.
    await saveProcessor(h.db, x.admin, input(x.registerId, { kind: "recipient", nameFi: "Vastaanottaja", nameSv: "Mottagare", nameEn: "Recipient", "taskFor.erasure": "", "taskFor.access": "on" }));
    const person = await createPerson(h.db, x);

    const access = await createRequest(h.db, x, { type: "access", personIds: [person.id] });
    await assignRequest(h.db, x.staff, { requestId: access.id, assigneeId: x.staff.id });
    expect(await h.db.select().from(tasks).where(eq(tasks.requestId, access.id))).toHaveLength(0);

    const r = await createRequest(h.db, x, { type: "erasure", details: erasure, personIds: [person.id] });
    await assignRequest(h.db, x.staff, { requestId: r.id, assigneeId: x.staff.id });
    const made = await h.db.select().from(tasks).where(eq(tasks.requestId, r.id));
    expect(made.map((t) => [t.processorId, t.status])).toEqual([[processorId, "open"]]);
    // The request's own step is reported first; once the erasure is done, the open task still blocks.
    expect(await reason(completeRequest(h.db, x.staff, { requestId: r.id }))).toBe("erasure_not_done");
    const present = (await getRequestView(h.db, x.staff, r.id)).persons[0].categories;
    await executeErasure(h.db, x.staff, { requestId: r.id, plan: present.map((c) => ({ category: c, action: "erase" as const })) });
    expect(await reason(completeRequest(h.db, x.staff, { requestId: r.id }))).toBe("tasks_open");

    const view = await getRequestView(h.db, x.staff, r.id);
    // The details panel names the person's register by view.registers[…].notice[locale].name.
    const register = view.registers.find((g) => g.id === person.registerId)!;
    expect(register.notice.fi?.name).toBeTruthy();
    const task = view.tasks.find((t) => t.id === made[0].id)!;
    expect(processorName({ name: task.title, names: task.processorNames }, "sv")).toBe("Barnskyddets datasystem");
  });
});
