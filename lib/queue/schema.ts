import { z } from "zod";
import { REQUEST_STATUSES, REQUEST_TYPES } from "../workflow/constants";

/**
 * The queue's GET filters. Every value comes from a URL, so anything unknown falls back to the default
 * instead of failing: a stale bookmark still shows the queue.
 */
export const queueFilterSchema = z.object({
  type: z.enum(REQUEST_TYPES).optional().catch(undefined),
  status: z.enum([...REQUEST_STATUSES, "open", "all"]).default("open").catch("open"),
  /** "me", "unassigned", or a staff member's id. */
  assignee: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9-]+$/)
    .optional()
    .catch(undefined),
  org: z.uuid().optional().catch(undefined),
  due: z.enum(["overdue", "this_week"]).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type QueueFilters = z.infer<typeof queueFilterSchema>;

/** Turn Next's searchParams (string | string[] | undefined) into filters. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    flat[k] = value === "" ? undefined : value;
  }
  return queueFilterSchema.parse(flat);
}

/** The query string of a filter set (for "next page" links), without empty values. */
export function queueSearch(filters: Partial<QueueFilters>, cursor?: string | null): string {
  const p = new URLSearchParams();
  for (const key of ["type", "status", "assignee", "org", "due"] as const) {
    const v = filters[key];
    if (v) p.set(key, v);
  }
  if (cursor) p.set("cursor", cursor);
  const s = p.toString();
  return s ? `?${s}` : "";
}
