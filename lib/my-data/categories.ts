/**
 * Which data categories a person record holds (My data, issue 3 §5): the fact and a count, never the
 * content, which comes by an access request (Art. 15). Pure: the query passes the row and counts.
 */
import { noteCategory } from "../workflow/erasure-categories";

export type RecordLike = {
  firstName: string | null;
  lastName: string | null;
  identityCodeEnc: string | null;
  birthYear: number | null;
  birthDate: string | null;
  gender: string | null;
  motherTongue: string | null;
  serviceLanguage: string | null;
  workingLifeStatus: string | null;
  email: string | null;
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  subjectGroups: string[];
  relationshipStart: string | null;
  relationshipEnd: string | null;
  relationshipState: string | null;
  directMarketingBan: boolean;
  researchBan: boolean;
  profilingBan: boolean;
  clientReference: string | null;
};

export type ChildCounts = {
  consents: number;
  notes: Array<{ source: string; special: boolean }>;
  eventRegistrations: number;
  photos: number;
  cameraRecordings: number;
  contactEvents: number;
  feedback: number;
};

export type HeldCategory = { code: string; count: number | null };

const present = (...values: unknown[]) => values.some((v) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0));

/**
 * The categories of the register (in its order) for which the record holds something. Categories the
 * record holds but the register does not list are still shown: the subject must see everything.
 */
export function heldCategories(record: RecordLike, counts: ChildCounts, registerCategories: readonly string[]): HeldCategory[] {
  const noteCounts = new Map<string, number>();
  for (const n of counts.notes) {
    const c = noteCategory(n, registerCategories);
    noteCounts.set(c, (noteCounts.get(c) ?? 0) + 1);
  }
  const held = new Map<string, number | null>();
  const flag = (code: string, ok: boolean) => ok && held.set(code, null);
  const count = (code: string, n: number) => n > 0 && held.set(code, n);
  flag("identity", present(record.firstName, record.lastName, record.clientReference));
  flag("identity_code", present(record.identityCodeEnc));
  flag("birth", present(record.birthYear, record.birthDate));
  flag("gender", present(record.gender));
  flag("mother_tongue", present(record.motherTongue));
  flag("service_language", present(record.serviceLanguage));
  flag("working_life", present(record.workingLifeStatus));
  flag("contact", present(record.email, record.phone, record.streetAddress, record.postalCode, record.city));
  flag("subject_groups", present(record.subjectGroups));
  flag("relationship", present(record.relationshipStart, record.relationshipEnd, record.relationshipState));
  count("consents", counts.consents);
  flag("bans", record.directMarketingBan || record.researchBan || record.profilingBan);
  for (const [code, n] of noteCounts) count(code, n);
  count("event_registrations", counts.eventRegistrations);
  count("photos", counts.photos);
  count("camera_recordings", counts.cameraRecordings);
  count("contact_history", counts.contactEvents);
  count("feedback", counts.feedback);
  const order = [...registerCategories, ...[...held.keys()].filter((c) => !registerCategories.includes(c))];
  return order.filter((c) => held.has(c)).map((code) => ({ code, count: held.get(code) ?? null }));
}
