import { ActionError } from "@/lib/errors";
import { WorkflowError } from "@/lib/workflow/errors";

/** What a workflow call ended in: "ok", or the refusal's code (WorkflowError reason / ActionError code). */
export async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkflowError) return e.reason;
    if (e instanceof ActionError) return e.code;
    throw e;
  }
  return "ok";
}
