import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { processors, registers } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import type { StaffActor } from "../workflow/types";
import { assertAdminOf } from "../admin/guard";
import type { ProcessorInput } from "./schema";

export { processorName } from "./processor-names";

/** The register, checked to be one this actor administers. */
async function adminRegister(tx: DbOrTx, actor: StaffActor, registerId: string) {
  const [reg] = await tx.select({ id: registers.id, organisationId: registers.organisationId }).from(registers).where(eq(registers.id, registerId));
  if (!reg) throw new ActionError("not_found");
  assertAdminOf(actor, reg.organisationId);
  return reg;
}

/** The processor with its register's organisation, checked to be one this actor administers. */
async function adminProcessor(tx: DbOrTx, actor: StaffActor, processorId: string) {
  const [row] = await tx
    .select({ p: processors, organisationId: registers.organisationId })
    .from(processors)
    .innerJoin(registers, eq(registers.id, processors.registerId))
    .where(eq(processors.id, processorId));
  if (!row) throw new ActionError("not_found");
  assertAdminOf(actor, row.organisationId);
  return row;
}

export async function listProcessors(db: DbOrTx, actor: StaffActor, registerId: string) {
  const reg = await adminRegister(db, actor, registerId);
  return db.select().from(processors).where(eq(processors.registerId, reg.id)).orderBy(asc(processors.kind), asc(processors.name));
}

/**
 * Create or edit a processor (Art. 28) or recipient (Art. 19). `taskFor` decides which request types
 * create a manual task for it (lib/workflow/task-queries.ts); recipients get one only for the Art. 19 types.
 */
export async function saveProcessor(db: Db, actor: StaffActor, input: ProcessorInput) {
  return db.transaction(async (tx) => {
    const reg = await adminRegister(tx, actor, input.registerId);
    const values = {
      registerId: reg.id,
      kind: input.kind,
      name: input.nameFi,
      names: { fi: input.nameFi, sv: input.nameSv, en: input.nameEn },
      contact: input.contact,
      service: { fi: input.serviceFi, sv: input.serviceSv, en: input.serviceEn },
      taskFor: input.taskFor,
    };
    let id = input.processorId;
    if (id) {
      const existing = await adminProcessor(tx, actor, id);
      // Moving a processor to another organisation's register is not an edit an admin of one can make.
      if (existing.organisationId !== reg.organisationId) throw new ActionError("not_found");
      await tx.update(processors).set(values).where(eq(processors.id, id));
    } else {
      [{ id }] = await tx.insert(processors).values(values).returning({ id: processors.id });
    }
    await recordAudit(tx, {
      organisationId: reg.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: input.processorId ? "processor.updated" : "processor.created",
      payload: { processorId: id, registerId: reg.id, kind: input.kind, taskFor: input.taskFor },
    });
    return { processorId: id as string };
  });
}

/** Tasks already created keep their title; their link to the processor is cleared by the foreign key. */
export async function deleteProcessor(db: Db, actor: StaffActor, input: { processorId: string }) {
  return db.transaction(async (tx) => {
    const row = await adminProcessor(tx, actor, input.processorId);
    await tx.delete(processors).where(eq(processors.id, row.p.id));
    await recordAudit(tx, { organisationId: row.organisationId, actorId: actor.id, actorRole: "admin", action: "processor.deleted", payload: { processorId: row.p.id, registerId: row.p.registerId } });
  });
}

/** Processors of several registers (public notice, reports), names resolved by the caller. */
export async function processorsOfRegisters(db: DbOrTx, registerIds: string[]) {
  if (registerIds.length === 0) return [];
  return db.select().from(processors).where(inArray(processors.registerId, registerIds)).orderBy(asc(processors.name));
}
