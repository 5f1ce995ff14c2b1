/**
 * JSON shapes stored in jsonb columns. Plain types here (no imports) so the schema stays a leaf;
 * the zod schemas that validate them live with their domains (lib/registers, lib/requests, …).
 */
export type Locale = "fi" | "sv" | "en";
export type LocalizedText = Record<Locale, string>;

export type RequestTypeCode =
  | "access"
  | "rectification"
  | "erasure"
  | "restriction"
  | "objection"
  | "consent_withdrawal"
  | "portability";

/** Per-organisation settings (PRODUCT.md §8). */
export type OrganisationSettings = {
  /** Does the one-month clock start at receipt (default) or at verification? (LEGAL.md §1) */
  clockStart: "receipt" | "verification";
  /** Pause the clock while waiting for the subject on identity/clarification (EDPB 01/2022). */
  pauseClock: boolean;
  /** Minimum identity level per request type (PRODUCT.md §4 defaults). */
  identityLevels: Record<RequestTypeCode, 1 | 2 | 3>;
  /** Reports containing special-category data need this level. */
  specialCategoryReportLevel: 1 | 2 | 3;
  /** Internal target: receipt + N days ("without undue delay"). */
  internalTargetDays: number;
  reminderDays: number[];
  /** A paused request's subject is reminded after this many days of waiting (default 7)… */
  pauseReminderDays?: number;
  /** …and its handlers told after this many (default 14): no pause lasts forever unseen. */
  pauseStaffDays?: number;
  reportLifetimeDays: number;
  closedRequestRetentionYears: number;
};

export type NoticeSection = { heading?: string; paragraphs?: string[]; items?: string[] };

/** A register's privacy notice in one language (PRODUCT.md §2 "Register"). */
export type RegisterNotice = {
  name: string;
  /** Purposes of processing (Art. 13(1)(c)). */
  purposes: string[];
  /** Legal bases, as prose. */
  legalBasis: string;
  /** Subject groups: code → label (codes are shared across languages). */
  subjectGroups: Array<{ code: string; label: string }>;
  /** Data categories: code → label, with special (Art. 9) marked. */
  dataCategories: Array<{ code: string; label: string; description?: string; special?: boolean }>;
  sources: string[];
  recipients: string[];
  processors: Array<{ name: string; service: string }>;
  transfers: string;
  retention: string;
  security: string[];
  rights: string[];
  contact: string;
  changes: string;
  /** Anything else in the original notice worth keeping verbatim (e.g. signature, place, date). */
  extra?: NoticeSection[];
};
export type RegisterNoticeByLocale = Record<Locale, RegisterNotice>;

/** Type-specific request details (PRODUCT.md §3); validated by lib/requests/schema.ts. */
export type RequestDetails =
  | { type: "access"; registerIds: string[]; formats: Array<"pdf" | "json">; includeIdentityCode?: boolean; note?: string }
  | {
      type: "rectification";
      items: Array<{
        personId: string;
        field: string;
        currentValue?: string | null;
        correctValue?: string;
        statement?: string;
        decision?: "accepted" | "rejected";
        decisionReason?: string;
      }>;
    }
  | {
      type: "erasure";
      scope: "everything" | "categories";
      categories: string[];
      ground: string;
      explanation?: string;
      plan?: Array<{ category: string; action: "erase" | "anonymise" | "keep"; exception?: string }>;
    }
  | { type: "restriction"; ground: "a" | "b" | "c" | "d"; explanation: string; registerIds: string[] }
  | {
      type: "objection";
      kind: "direct_marketing" | "profiling" | "legitimate_interest";
      personalSituation?: string;
      registerIds: string[];
    }
  | { type: "consent_withdrawal"; consentIds: string[] }
  | { type: "portability"; registerIds: string[]; formats: Array<"json" | "csv"> };
