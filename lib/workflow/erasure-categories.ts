/**
 * The data categories of a person record (the register vocabulary of lib/seed/data/organisations.ts) and
 * what erasing or anonymising each means in the tables. Pure: the queries apply it.
 *
 * "Anonymise" keeps what has statistical value without identifying anyone (a birth year, a city, that
 * a person attended an event) and drops the rest; "erase" removes the category entirely (Art. 17).
 */
export const ERASURE_CATEGORIES = [
  "identity",
  "identity_code",
  "birth",
  "gender",
  "mother_tongue",
  "service_language",
  "working_life",
  "contact",
  "subject_groups",
  "relationship",
  "consents",
  "bans",
  "case_notes",
  "special_notes",
  "network_views",
  "messages_from_subject",
  "event_registrations",
  "photos",
  "camera_recordings",
  "contact_history",
  "feedback",
] as const;
export type ErasureCategory = (typeof ERASURE_CATEGORIES)[number];

export function isErasureCategory(value: string): value is ErasureCategory {
  return (ERASURE_CATEGORIES as readonly string[]).includes(value);
}

/** Categories that identify the person: once all are gone, the record is anonymised (tombstone). */
export const IDENTIFYING: readonly ErasureCategory[] = ["identity", "identity_code", "birth", "contact"];

type FieldSet = Record<string, unknown>;

/** Column changes of the person_records row, per category and action (keys are drizzle field names). */
export function fieldChanges(category: ErasureCategory, action: "erase" | "anonymise"): FieldSet | null {
  switch (category) {
    case "identity":
      return { firstName: null, lastName: null, clientReference: null, clientSecretHash: null };
    case "identity_code":
      return { identityCodeEnc: null, identityCodeLookup: null };
    case "birth":
      // Anonymised: the year alone stays, for age statistics.
      return action === "erase" ? { birthDate: null, birthYear: null } : { birthDate: null };
    case "gender":
      return { gender: null };
    case "mother_tongue":
      return { motherTongue: null };
    case "service_language":
      return { serviceLanguage: null };
    case "working_life":
      return { workingLifeStatus: null };
    case "contact":
      // Anonymised: the municipality stays (regional statistics); every address and number goes.
      return action === "erase"
        ? { email: null, phone: null, streetAddress: null, postalCode: null, city: null }
        : { email: null, phone: null, streetAddress: null, postalCode: null };
    case "subject_groups":
      return action === "erase" ? { subjectGroups: [] } : null;
    case "relationship":
      return action === "erase" ? { relationshipStart: null, relationshipEnd: null, relationshipState: null } : null;
    case "bans":
      return { directMarketingBan: false, researchBan: false, profilingBan: false };
    default:
      return null;
  }
}

export type NoteLike = { source: string; special: boolean };

/**
 * Which category a case note belongs to (seed 000 §5): special-category notes (Art. 9) first, then the
 * views of professionals and relatives in network work, then what the subject said, then the rest.
 */
export function noteCategory(note: NoteLike, registerCategories: readonly string[]): ErasureCategory {
  if (note.special) return "special_notes";
  if (["professional", "relative", "third_party"].includes(note.source) && registerCategories.includes("network_views")) return "network_views";
  if (note.source === "subject" && registerCategories.includes("messages_from_subject")) return "messages_from_subject";
  return "case_notes";
}

export const NOTE_CATEGORIES: readonly ErasureCategory[] = ["case_notes", "special_notes", "network_views", "messages_from_subject"];
