import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../db/client";
import { devMailbox } from "../db/schema";

export async function listDevMailbox(limit = 100) {
  const db = await getDb();
  return db.select().from(devMailbox).orderBy(desc(devMailbox.createdAt)).limit(limit);
}

export async function getDevMail(id: string) {
  if (!z.uuid().safeParse(id).success) return undefined;
  const db = await getDb();
  const [row] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
  return row;
}
