import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { consents, personRecords, registers } from "../db/schema";
import type { RequestDetails } from "../db/types";
import { ActionError } from "../errors";
import { fileRequest } from "../requests/queries";
import { refuse } from "./errors";
import { assertStaff } from "./load-queries";
import type { IntakeInput } from "./intake-schema";
import type { StaffActor } from "./types";
import { roleIn } from "../auth/types";

/**
 * File a request received outside the portal on the subject's behalf, through the portal's own
 * fileRequest (dates, reference, audit, emails, immediate effects in one transaction). Receipt is the
 * date staff enter, taken as midday in Helsinki so that the Helsinki calendar day is exactly that date.
 */
export async function fileOnBehalf(db: Db, actor: StaffActor, input: IntakeInput) {
  assertStaff(actor);
  if (!actor.organisationIds.includes(input.organisationId)) throw new ActionError("not_found");
  let person: { id: string; userId: string | null } | undefined;
  if (input.personId) {
    [person] = await db
      .select({ id: personRecords.id, userId: personRecords.userId })
      .from(personRecords)
      .where(and(eq(personRecords.id, input.personId), eq(personRecords.organisationId, input.organisationId)));
    if (!person) throw new ActionError("not_found");
  }
  const regs = await db.select({ id: registers.id }).from(registers).where(eq(registers.organisationId, input.organisationId));
  const registerIds = regs.map((r) => r.id);
  let details: RequestDetails;
  switch (input.type) {
    case "access":
      details = { type: "access", registerIds, formats: [input.format === "json" ? "json" : "pdf"], ...(input.note ? { note: input.note } : {}) };
      break;
    case "portability":
      details = { type: "portability", registerIds, formats: [input.format === "csv" ? "csv" : "json"] };
      break;
    case "erasure":
      details = { type: "erasure", scope: "everything", categories: [], ground: input.erasureGround!, ...(input.note ? { explanation: input.note } : {}) };
      break;
    case "restriction":
      details = { type: "restriction", ground: input.restrictionGround!, explanation: input.note ?? "", registerIds };
      break;
    case "objection":
      details = { type: "objection", kind: input.objectionKind!, registerIds, ...(input.note ? { personalSituation: input.note } : {}) };
      break;
    case "rectification":
      details = {
        type: "rectification",
        items: [
          input.correctValue
            ? { personId: person!.id, field: input.field!, correctValue: input.correctValue, ...(input.note ? { statement: input.note } : {}) }
            : { personId: person!.id, field: "caseNotes", statement: input.note! },
        ],
      };
      break;
    case "consent_withdrawal": {
      const open = await db.select({ id: consents.id }).from(consents).where(and(eq(consents.personId, person!.id), isNull(consents.withdrawnAt)));
      if (open.length === 0) refuse("no_consents");
      details = { type: "consent_withdrawal", consentIds: open.map((c) => c.id) };
      break;
    }
  }
  const filed = await fileRequest(db, {
    organisationId: input.organisationId,
    userId: person?.userId ?? null,
    type: input.type,
    details,
    channel: input.channel,
    receivedAt: new Date(`${input.receivedOn}T12:00:00+02:00`),
    locale: input.locale,
    subjectName: input.subjectName,
    subjectEmail: input.subjectEmail ?? null,
    personIds: person ? [person.id] : [],
    // LEGAL.md §2: a representative's request is handled once staff have seen their authority.
    representative: input.representativeName
      ? { name: input.representativeName, role: input.representativeRole ?? "", authority: input.authorityChecked ? "confirmed" : "pending" }
      : undefined,
    actor: { id: actor.id, role: roleIn(actor, input.organisationId) },
  });
  return filed.id;
}
