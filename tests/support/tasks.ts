import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { requests, tasks } from "@/lib/db/schema";
import { ensureProcessorTasks, markTaskDone } from "@/lib/workflow/queries";
import type { StaffActor } from "@/lib/workflow/types";

/**
 * Close a request's open processor/recipient tasks (made when it was filed, issue 11), as a handler
 * does once the external systems are done: completion and release wait for them.
 */
export async function finishTasks(db: Db, staff: StaffActor, requestId: string): Promise<void> {
  // A fixture request made without filing gets its tasks now, as completion would make them.
  const [request] = await db.select().from(requests).where(eq(requests.id, requestId));
  await ensureProcessorTasks(db, { id: null, role: "system" }, request);
  for (const t of await db.select().from(tasks).where(and(eq(tasks.requestId, requestId), eq(tasks.status, "open")))) {
    await markTaskDone(db, staff, { requestId, taskId: t.id });
  }
}
