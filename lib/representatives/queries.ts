import "server-only";
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { authorityDocuments, organisations, personRecords, registers } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { lookupHash, openText, sealText } from "../crypto";
import { ActionError } from "../errors";
import { fileRequest, type FiledRequest } from "../requests/queries";
import type { StaffActor } from "../workflow/types";
import { roleIn } from "../auth/types";
import type { AuthorityDocumentType } from "./document-type";
import type { RepresentativeFilingValues } from "./schema";

type Filer = { id: string; email: string; name: string | null };
export type AuthorityDocumentUpload = { bytes: Uint8Array; type: AuthorityDocumentType };

/** The document is sealed with the data key, its row id as AAD: a sealed body moved to another row does not open. */
const aadOf = (documentId: string) => `authority-document:${documentId}`;

/**
 * A person files an access request for someone else (LEGAL.md §2): the request carries the represented
 * person's name (the report is made out to them), the filer as representative with their role, and the
 * document — all in the filing's one transaction. It waits in awaiting_verification until staff confirm
 * the authority; no record is attached until then (the filer's own records are not the represented
 * person's). The clock follows the organisation's setting as for identity (clockStart, LEGAL.md §1).
 */
export async function fileAsRepresentative(
  db: Db,
  filer: Filer,
  values: RepresentativeFilingValues,
  document: AuthorityDocumentUpload,
  locale: Locale,
  now = new Date(),
): Promise<FiledRequest> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, values.organisationId));
  if (!org) throw new ActionError("not_found");
  return fileRequest(db, {
    organisationId: org.id,
    userId: filer.id,
    type: "access",
    details: { type: "access", registerIds: values.registerIds, formats: values.formats, ...(values.note ? { note: values.note } : {}) },
    channel: "portal",
    receivedAt: now,
    locale,
    subjectName: values.representedName,
    // Emails about the request go to the one who filed it: the representative.
    subjectEmail: filer.email,
    personIds: [],
    representative: {
      name: filer.name?.trim() || filer.email,
      role: values.role,
      authority: "pending",
      birthDate: values.representedBirthDate,
      identityLookup: values.representedIdentityCode ? lookupHash(values.representedIdentityCode) : null,
      attach: async (tx, request) => {
        const id = crypto.randomUUID();
        const content = sealText(Buffer.from(document.bytes).toString("base64"), aadOf(id));
        await tx.insert(authorityDocuments).values({ id, requestId: request.id, organisationId: request.organisationId, mimeType: document.type, sizeBytes: document.bytes.byteLength, contentEnc: content });
      },
    },
    actor: { id: filer.id, role: "subject" },
    applyFilingLimits: true,
  });
}

/** Metadata of a request's authority documents for staff of its organisation (no content). */
export async function listAuthorityDocuments(db: DbOrTx, actor: StaffActor, requestId: string) {
  if (actor.organisationIds.length === 0) return [];
  return db
    .select({ id: authorityDocuments.id, mimeType: authorityDocuments.mimeType, sizeBytes: authorityDocuments.sizeBytes, createdAt: authorityDocuments.createdAt })
    .from(authorityDocuments)
    .where(and(eq(authorityDocuments.requestId, requestId), inArray(authorityDocuments.organisationId, actor.organisationIds)))
    .orderBy(desc(authorityDocuments.createdAt));
}

/**
 * Staff open the document: only within their organisations (in the WHERE: another organisation's id is
 * "not found"), and every opening is audited like a special-category read (C-579/21: who consulted what).
 */
export async function readAuthorityDocument(db: Db, actor: StaffActor, input: { requestId: string; documentId: string }): Promise<{ bytes: Buffer; mimeType: string }> {
  if (actor.organisationIds.length === 0) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [doc] = await tx
      .select()
      .from(authorityDocuments)
      .where(and(eq(authorityDocuments.id, input.documentId), eq(authorityDocuments.requestId, input.requestId), inArray(authorityDocuments.organisationId, actor.organisationIds)));
    if (!doc) throw new ActionError("not_found");
    const bytes = Buffer.from(openText(doc.contentEnc, aadOf(doc.id)), "base64");
    await recordAudit(tx, {
      organisationId: doc.organisationId,
      requestId: doc.requestId,
      actorId: actor.id,
      actorRole: roleIn(actor, doc.organisationId),
      action: "authority.document_read",
      payload: { documentId: doc.id },
    });
    return { bytes, mimeType: doc.mimeType };
  });
}

/**
 * Records of the organisation that may be the represented person: same identity code (by its keyed
 * hash), same birth date, or the same last name. Staff choose; nothing is linked automatically.
 */
export async function findRepresentedCandidates(db: DbOrTx, request: { organisationId: string; subjectName: string; representedBirthDate: string | null; representedIdentityLookup: string | null }) {
  const lastName = request.subjectName.trim().split(/\s+/).pop() ?? "";
  const conditions = [
    request.representedIdentityLookup ? eq(personRecords.identityCodeLookup, request.representedIdentityLookup) : undefined,
    request.representedBirthDate ? eq(personRecords.birthDate, request.representedBirthDate) : undefined,
    lastName.length >= 2 ? ilike(personRecords.lastName, lastName.replace(/[%_\\]/g, "")) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select({
      id: personRecords.id,
      firstName: personRecords.firstName,
      lastName: personRecords.lastName,
      birthDate: personRecords.birthDate,
      codeMatches: request.representedIdentityLookup ? sql<boolean>`${personRecords.identityCodeLookup} = ${request.representedIdentityLookup}` : sql<boolean>`false`,
    })
    .from(personRecords)
    .where(and(eq(personRecords.organisationId, request.organisationId), isNull(personRecords.anonymisedAt), or(...conditions)))
    .limit(20);
}


/** What the representative's form offers: every organisation with its registers' names in the reader's language. */
export async function listFilingChoices(db: DbOrTx, locale: Locale) {
  const orgs = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
  const regs = await db.select({ id: registers.id, organisationId: registers.organisationId, notice: registers.notice }).from(registers).orderBy(asc(registers.slug));
  return orgs.map((o) => ({
    ...o,
    registers: regs.filter((r) => r.organisationId === o.id).map((r) => ({ id: r.id, name: (r.notice[locale] ?? r.notice.fi).name })),
  }));
}
