import { lookupHash, openText, sealText } from "../crypto";
import { isTemporaryHetu, maskHetu, normaliseHetu } from "../identity/hetu";
import type { PersonRecord } from "../db/schema";
import { splitGroups, type PersonFields } from "./schema";

/** The identity code on a record, sealed as the seed seals it (no AAD) and found by keyed hash. */
export function sealIdentityCode(code: string) {
  const normalised = normaliseHetu(code);
  return { identityCodeEnc: sealText(normalised), identityCodeLookup: lookupHash(normalised) };
}

/** Is the record's identity code a temporary one (900–999)? Decrypts in memory; returns no part of it. */
export function hasTemporaryIdentityCode(p: Pick<PersonRecord, "id" | "identityCodeEnc">): boolean {
  if (!p.identityCodeEnc) return false;
  for (const aad of ["", `person:${p.id}`]) {
    try {
      return isTemporaryHetu(openText(p.identityCodeEnc, aad));
    } catch {}
  }
  return false;
}

export function maskedIdentityCode(p: Pick<PersonRecord, "id" | "identityCodeEnc">): string | null {
  if (!p.identityCodeEnc) return null;
  for (const aad of ["", `person:${p.id}`]) {
    try {
      return maskHetu(openText(p.identityCodeEnc, aad));
    } catch {}
  }
  return "******-****";
}

/** Form values → columns (only the columns the form owns). */
export function toColumns(v: PersonFields) {
  return {
    firstName: v.firstName ?? null,
    lastName: v.lastName ?? null,
    birthYear: v.birthYear ? Number(v.birthYear) : v.birthDate ? Number(v.birthDate.slice(0, 4)) : null,
    birthDate: v.birthDate ?? null,
    gender: v.gender ?? null,
    motherTongue: v.motherTongue ?? null,
    serviceLanguage: v.serviceLanguage ?? null,
    workingLifeStatus: v.workingLifeStatus ?? null,
    email: v.email ?? null,
    phone: v.phone ?? null,
    streetAddress: v.streetAddress ?? null,
    postalCode: v.postalCode ?? null,
    city: v.city ?? null,
    subjectGroups: splitGroups(v.subjectGroups),
    relationshipStart: v.relationshipStart ?? null,
    relationshipEnd: v.relationshipEnd ?? null,
    relationshipState: v.relationshipState ?? null,
    directMarketingBan: v.directMarketingBan,
    researchBan: v.researchBan,
    profilingBan: v.profilingBan,
  };
}

