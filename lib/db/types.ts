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
  /** Finnish public holidays this organisation does not treat as non-working days (LEGAL.md §1: the list is data). */
  holidayExclude?: string[];
  /**
   * The organisation's own closures (e.g. a Christmas Eve closure), ISO dates. LEGAL.md §1 moves the legal
   * deadline only for Finnish public holidays, so closures move the internal target and reminders only.
   */
  closureDates?: string[];
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
  /** The controller as the notice names it (defaults to the organisation's name and address). */
  controller?: string;
  /** The contact person for data-protection matters as the notice names them. */
  contactPerson?: string;
  /** The data protection officer, if appointed (Art. 13(1)(b)). */
  dpo?: string;
  /** Art. 13(2)(f) / 15(1)(h): automated decision-making, including profiling, and its logic; empty when none. */
  automatedDecisions?: string;
  /** Anything else in the original notice worth keeping verbatim (e.g. signature, place, date). */
  extra?: NoticeSection[];
};
export type RegisterNoticeByLocale = Record<Locale, RegisterNotice>;

/** Type-specific request details (PRODUCT.md §3); validated by lib/requests/schema.ts. */
export type RequestDetails =
  | {
      type: "access";
      registerIds: string[];
      formats: Array<"pdf" | "json">;
      includeIdentityCode?: boolean;
      note?: string;
      /** Staff found no data about the person: the answer "we hold no data" (Art. 15(1), issue 11 §4). */
      noDataHeld?: boolean;
    }
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
      /** The handler's decision (Art. 21(1)) and its reasons, kept for the subject's per-item outcome. */
      decision?: "upheld" | "dismissed";
      decisionReason?: string;
    }
  | { type: "consent_withdrawal"; consentIds: string[] }
  | { type: "portability"; registerIds: string[]; formats: Array<"json" | "csv"> };
