/**
 * What the subject should do next on an open request (issue 11 §4): the real next step for the
 * request's state, never "link your records" when a claim was rejected or is being checked, or when
 * the request waits for something else (a question, a fee). Pure.
 */
import { nextVerificationStep, type IdentityLevel } from "./levels";

export type NextStep =
  | "link_records"
  | "strong_identification"
  | "in_person"
  | "claim_pending"
  | "claim_rejected"
  | "answer_question"
  | "answer_fee"
  | null;

export function subjectNextStep(input: {
  status: string;
  level: number;
  required: IdentityLevel;
  oidcAvailable: boolean;
  latestClaim: { status: "pending" | "confirmed" | "rejected" } | null;
  feePending: boolean;
}): NextStep {
  if (input.status === "awaiting_subject") return input.feePending ? "answer_fee" : "answer_question";
  if (input.status !== "awaiting_verification") return null;
  const step = nextVerificationStep(input.level, input.required, input.oidcAvailable);
  if (step === "link_records" && input.latestClaim?.status === "pending") return "claim_pending";
  if (step === "link_records" && input.latestClaim?.status === "rejected") return "claim_rejected";
  return step;
}
