/**
 * The portal's shared data-category vocabulary: a register declares which of these it holds, so that
 * My data, access reports (Art. 15) and erasure (Art. 17) work on the same codes in every register.
 */
export const DATA_CATEGORY_CODES = [
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
  "event_registrations",
  "photos",
  "camera_recordings",
  "contact_history",
  "feedback",
  "messages_from_subject",
] as const;
export type DataCategoryCode = (typeof DATA_CATEGORY_CODES)[number];

export function isDataCategoryCode(value: string): value is DataCategoryCode {
  return (DATA_CATEGORY_CODES as readonly string[]).includes(value);
}
