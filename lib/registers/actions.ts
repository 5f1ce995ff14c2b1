"use server";
import type { ActionResult } from "../errors";
import { runStaffAction } from "../workflow/action-runner";
import * as s from "./schema";
import * as q from "./queries";
import * as p from "./processor-queries";

// Register and processor administration (issue 10 items 2–3): admin + second factor, then the
// register's organisation checked in every query. Each runs one transaction with its audit event.
type Prev = ActionResult<unknown> | null;
const admin = { admin: true } as const;

export async function createRegisterAction(_: Prev, fd: FormData) {
  return runStaffAction(s.createRegisterSchema, fd, (db, a, i) => q.createRegister(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}`] });
}
export async function archiveRegisterAction(_: Prev, fd: FormData) {
  return runStaffAction(s.archiveRegisterSchema, fd, (db, a, i) => q.archiveRegister(db, a, i), { ...admin, paths: (i) => [`/admin/registers/${i.registerId}`] });
}
export async function saveProcessorAction(_: Prev, fd: FormData) {
  return runStaffAction(s.processorSchema, fd, (db, a, i) => p.saveProcessor(db, a, i), { ...admin, paths: (i) => [`/admin/registers/${i.registerId}`] });
}
export async function deleteProcessorAction(_: Prev, fd: FormData) {
  return runStaffAction(s.deleteProcessorSchema, fd, (db, a, i) => p.deleteProcessor(db, a, i).then(() => undefined), { ...admin, paths: (i) => [`/admin/registers/${i.registerId}`] });
}
