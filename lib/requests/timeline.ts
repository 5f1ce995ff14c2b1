/**
 * The subject's timeline of a request, built from its audit events. Only a whitelist of actions is
 * shown, and of each only the fields below: never who handled it, never internal notes, never
 * anything a handler wrote for colleagues. Pure.
 */
export type TimelineEntry = { id: number; action: string; at: Date; facts: Record<string, string | number | boolean> };

/** Actions a subject may see, and the payload keys of each that are safe to show. */
const SUBJECT_SAFE: Record<string, readonly string[]> = {
  request_filed: ["channel", "status"],
  request_verified: ["level", "clockRestarted", "dueOn"],
  ban_set: ["ban"],
  consent_withdrawn: ["purpose"],
  message_from_subject: [],
  message_from_staff: [],
  message_sent: [],
  info_requested: ["reason"],
  identity_requested: [],
  clarification_requested: [],
  subject_responded: [],
  clock_paused: ["reason"],
  clock_resumed: ["pausedDays", "dueOn"],
  request_started: [],
  request_extended: ["extendedDueOn"],
  request_completed: [],
  request_rejected: ["ground"],
  request_reopened: [],
  request_forwarded: [],
  request_withdrawn: [],
  restriction_set: [],
  restriction_lift_notified: [],
  restriction_lifted: [],
  report_released: ["format"],
};

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
