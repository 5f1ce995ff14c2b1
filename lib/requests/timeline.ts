/**
 * The subject's timeline of a request, built from its audit events. Only a whitelist of actions is
 * shown, and of each only the fields below: never who handled it, never internal notes, never
 * anything a handler wrote for colleagues. Pure.
 */
export type TimelineEntry = { id: number; action: string; at: Date; facts: Record<string, string | number | boolean> };

/** Actions a subject may see, and the payload keys of each that are safe to show. */
const SUBJECT_SAFE: Record<string, readonly string[]> = {
  // Written by the portal (lib/requests, lib/identity).
  request_filed: ["channel"],
  request_verified: ["level", "clockRestarted", "dueOn"],
  ban_set: ["ban"],
  consent_withdrawn: ["purpose"],
  message_from_subject: [],
  request_withdrawn: [],
  // Written by the staff workflow (lib/workflow): never request.assigned (who handles it) or
  // request.note_added (internal notes), never person.special_read.
  "request.verified": ["level", "dueOn"],
  "request.info_requested": ["reason"],
  "request.resumed": ["dueOn", "pausedDays"],
  "request.message_sent": [],
  "request.extended": ["extendedDueOn"],
  "request.completed": [],
  "request.rejected": ["ground"],
  "request.reopened": [],
  "request.forwarded": [],
  "request.no_data_held": [],
  "fee.proposed": [],
  "fee.accepted": [],
  "fee.declined": [],
  "consent.withdrawn": [],
  "person.bans_set": [],
  "person.rectified": [],
  "person.erased": [],
  "erasure.executed": [],
  "rectification.decided": [],
  "objection.decided": [],
  "restriction.applied": [],
  "restriction.lifting_notified": [],
  "restriction.lifted": [],
  // Written by reports (lib/reports).
  report_released: ["format"],
};

/** Every action the subject's timeline shows: its query reads only these (a page is then full). */
export const SUBJECT_TIMELINE_ACTIONS: readonly string[] = Object.keys(SUBJECT_SAFE);

export function isSubjectSafeAction(action: string): boolean {
  return Object.hasOwn(SUBJECT_SAFE, action);
}

export function toSubjectTimeline(events: ReadonlyArray<{ id: number; action: string; at: Date; payload: Record<string, unknown> }>): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const keys = SUBJECT_SAFE[e.action];
    if (!keys) continue;
    const facts: TimelineEntry["facts"] = {};
    for (const k of keys) {
      const v = e.payload?.[k];
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") facts[k] = v;
    }
    out.push({ id: e.id, action: e.action, at: e.at, facts });
  }
  return out;
}
