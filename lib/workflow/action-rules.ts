/**
 * The one table of which staff action is valid in which status (and for which request type): the staff
 * request page shows only the actions this allows, and every workflow query refuses the others with
 * `assertActionAllowed` (a typed `conflict` with the reason `action_not_allowed`). Pure, so client and
 * server read the same rules and tests check them directly.
 */
import { refuse } from "./errors";
import type { RequestStatus, RequestType } from "./constants";

export const STAFF_ACTIONS = [
  "assign",
  "askInfo",
  "resume",
  "extend",
  "complete",
  "reject",
  "forward",
  "reopen",
  "message",
  "note",
  "taskUpdate",
  "generateReport",
  "releaseReport",
  "decideRectification",
  "executeErasure",
  "applyRestriction",
  "decideObjection",
  "withdrawConsents",
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/** Being handled: taken in, or waiting for the subject (identity confirmed). */
const HANDLING: readonly RequestStatus[] = ["new", "in_progress", "awaiting_subject"];
/** Any open status, the one still waiting for the subject's email check included. */
const OPEN: readonly RequestStatus[] = ["awaiting_verification", ...HANDLING];
const ALL: readonly RequestStatus[] = [...OPEN, "completed", "rejected", "withdrawn"];

/** `refusal`: the reason given when the status does not fit (default: closed, or "not in this status"). */
type Rule = { statuses: readonly RequestStatus[]; types?: readonly RequestType[]; refusal?: string };

const RULES: Record<StaffAction, Rule> = {
  assign: { statuses: OPEN },
  // Asking again while waiting is allowed (a second question); never after the request is closed.
  askInfo: { statuses: OPEN },
  // "The subject has answered": only while the request waits for them.
  resume: { statuses: ["awaiting_subject"], refusal: "not_awaiting_subject" },
  // Art. 12(3): one extension while the request is open (the date rule is in lib/deadlines canExtend).
  extend: { statuses: OPEN },
  complete: { statuses: HANDLING },
  reject: { statuses: OPEN },
  forward: { statuses: OPEN },
  // A withdrawn request stays withdrawn: the subject decided, not the handler.
  reopen: { statuses: ["completed", "rejected"], refusal: "not_closed" },
  message: { statuses: ALL },
  note: { statuses: ALL },
  taskUpdate: { statuses: OPEN },
  generateReport: { statuses: OPEN, types: ["access", "portability"] },
  releaseReport: { statuses: OPEN, types: ["access", "portability"] },
  decideRectification: { statuses: OPEN, types: ["rectification"] },
  executeErasure: { statuses: OPEN, types: ["erasure"] },
  applyRestriction: { statuses: OPEN, types: ["restriction"] },
  decideObjection: { statuses: OPEN, types: ["objection"] },
  withdrawConsents: { statuses: OPEN, types: ["consent_withdrawal"] },
};

export function isActionAllowed(action: StaffAction, request: { status: string; type: string }): boolean {
  const rule = RULES[action];
  return (rule.statuses as readonly string[]).includes(request.status) && (!rule.types || (rule.types as readonly string[]).includes(request.type));
}

/** The actions the page offers for a request, in table order. */
export function allowedActions(request: { status: string; type: string }): StaffAction[] {
  return STAFF_ACTIONS.filter((a) => isActionAllowed(a, request));
}

/**
 * Why an action is refused for a request (a `staffErrors` key), or null when the table allows it: the
 * wrong type first, then the action's own reason, "closed" for a closed request, "not in this status".
 */
export function refusalOf(action: StaffAction, request: { status: string; type: string }): string | null {
  const rule = RULES[action];
  if (!(rule.statuses as readonly string[]).includes(request.status)) {
    if (rule.refusal) return rule.refusal;
    if (request.status === "awaiting_verification") return "identity_pending";
    return (OPEN as readonly string[]).includes(request.status) ? "action_not_allowed" : "request_closed";
  }
  return rule.types && !(rule.types as readonly string[]).includes(request.type) ? "wrong_type" : null;
}

/** Server side of the table: a typed `conflict` the form shows with its reason. */
export function assertActionAllowed(action: StaffAction, request: { status: string; type: string }): void {
  const reason = refusalOf(action, request);
  if (reason) refuse(reason);
}
