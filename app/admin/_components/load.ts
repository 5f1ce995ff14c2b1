import { notFound } from "next/navigation";
import { ActionError } from "@/lib/errors";

/** Run a scoped admin query; another organisation's id is "not found", like a missing one. */
export async function loadOr404<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ActionError && (e.code === "not_found" || e.code === "forbidden")) notFound();
    throw e;
  }
}
