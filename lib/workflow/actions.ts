"use server";
import type { ActionResult } from "../errors";
import { runStaffAction } from "./action-runner";
import * as s from "./schema";
import * as q from "./queries";
import { createReport, releaseReport } from "../reports/queries";
import { redirect } from "next/navigation";
import { intakeSchema } from "./intake-schema";
import { fileOnBehalf } from "./intake-queries";
import { approveRetentionErasure } from "../retention/queries";
import { toHelsinkiDate } from "../deadlines";
import { parseEuros } from "./outcomes";

// Thin wrappers (house rule 3): each parses its form, authenticates, and calls one query function
// that runs one transaction with its audit event and email. Signatures fit useActionState.
type Prev = ActionResult<unknown> | null;
const req = (i: { requestId: string }) => [`/staff/requests/${i.requestId}`, "/staff"];
const person = (i: { personId: string; requestId?: string }) => [`/staff/persons/${i.personId}`, ...(i.requestId ? [`/staff/requests/${i.requestId}`] : [])];

export async function assignAction(_: Prev, fd: FormData) {
  return runStaffAction(s.assignSchema, fd, (db, a, i) => q.assignRequest(db, a, i), { paths: req });
}
export async function claimDecisionAction(_: Prev, fd: FormData) {
  return runStaffAction(s.claimDecisionSchema, fd, (db, a, i) => q.decideIdentityClaim(db, a, i), { paths: req });
}
export async function inPersonCheckAction(_: Prev, fd: FormData) {
  return runStaffAction(s.inPersonCheckSchema, fd, (db, a, i) => q.recordInPersonCheck(db, a, i), { paths: req });
}
export async function askInfoAction(_: Prev, fd: FormData) {
  return runStaffAction(s.askInfoSchema, fd, (db, a, i) => q.askForInformation(db, a, i), { paths: req });
}
export async function resumeAction(_: Prev, fd: FormData) {
  return runStaffAction(s.requestRefSchema, fd, (db, a, i) => q.resumeRequest(db, a, i).then(() => undefined), { paths: req });
}
export async function extendAction(_: Prev, fd: FormData) {
  return runStaffAction(s.extendSchema, fd, (db, a, i) => q.extendRequest(db, a, i), { paths: req });
}
export async function rejectAction(_: Prev, fd: FormData) {
  return runStaffAction(s.rejectSchema, fd, (db, a, i) => q.rejectRequest(db, a, i), { paths: req });
}
export async function completeAction(_: Prev, fd: FormData) {
  return runStaffAction(s.completeSchema, fd, (db, a, i) => q.completeRequest(db, a, i), { paths: req });
}
export async function noDataAction(_: Prev, fd: FormData) {
  return runStaffAction(s.noDataSchema, fd, (db, a, i) => q.completeNoDataHeld(db, a, i), { paths: req });
}
export async function feeAction(_: Prev, fd: FormData) {
  return runStaffAction(
    s.feeSchema,
    fd,
    (db, a, i) => q.proposeFee(db, a, { requestId: i.requestId, basis: i.basis, reasons: i.reasons, amountCents: parseEuros(i.amount) ?? 0 }).then(() => undefined),
    { paths: req },
  );
}
export async function reopenAction(_: Prev, fd: FormData) {
  return runStaffAction(s.reopenSchema, fd, (db, a, i) => q.reopenRequest(db, a, i), { paths: req });
}
export async function forwardAction(_: Prev, fd: FormData) {
  return runStaffAction(s.forwardSchema, fd, (db, a, i) => q.forwardRequest(db, a, i), { paths: req });
}
export async function messageAction(_: Prev, fd: FormData) {
  return runStaffAction(s.messageSchema, fd, (db, a, i) => q.postMessage(db, a, i), { paths: req });
}
export async function noteAction(_: Prev, fd: FormData) {
  return runStaffAction(s.noteSchema, fd, (db, a, i) => q.addInternalNote(db, a, i), { paths: req });
}
export async function taskDoneAction(_: Prev, fd: FormData) {
  return runStaffAction(s.taskDoneSchema, fd, (db, a, i) => q.markTaskDone(db, a, i), { paths: req });
}
export async function taskSkipAction(_: Prev, fd: FormData) {
  return runStaffAction(s.taskSkipSchema, fd, (db, a, i) => q.skipTask(db, a, i), { paths: req });
}
export async function rectificationAction(_: Prev, fd: FormData) {
  return runStaffAction(s.rectificationSchema, fd, (db, a, i) => q.decideRectification(db, a, i), { paths: req });
}
export async function erasureAction(_: Prev, fd: FormData) {
  return runStaffAction(s.erasurePlanSchema, fd, (db, a, i) => q.executeErasure(db, a, i).then(() => undefined), { paths: req });
}
export async function restrictAction(_: Prev, fd: FormData) {
  return runStaffAction(s.restrictSchema, fd, (db, a, i) => q.applyRestriction(db, a, i), { paths: req });
}
export async function liftNoticeAction(_: Prev, fd: FormData) {
  return runStaffAction(s.liftNoticeSchema, fd, (db, a, i) => q.notifyRestrictionLifting(db, a, i), { paths: person });
}
export async function liftAction(_: Prev, fd: FormData) {
  return runStaffAction(s.liftSchema, fd, (db, a, i) => q.liftRestriction(db, a, i), { paths: person });
}
export async function objectionAction(_: Prev, fd: FormData) {
  return runStaffAction(s.objectionDecisionSchema, fd, (db, a, i) => q.decideObjection(db, a, i), { paths: req });
}
export async function consentAction(_: Prev, fd: FormData) {
  return runStaffAction(s.consentWithdrawalSchema, fd, (db, a, i) => q.withdrawConsents(db, a, i).then(() => undefined), { paths: req });
}
export async function markItemAction(_: Prev, fd: FormData) {
  return runStaffAction(s.itemMarkSchema, fd, (db, a, i) => q.markItem(db, a, i).then(() => undefined), {
    paths: (i) => [`/staff/requests/${i.requestId}/review`],
  });
}
export async function removeMarkAction(_: Prev, fd: FormData) {
  return runStaffAction(s.removeMarkSchema, fd, (db, a, i) => q.removeMark(db, a, i), { paths: (i) => [`/staff/requests/${i.requestId}/review`] });
}
export async function generateReportAction(_: Prev, fd: FormData) {
  return runStaffAction(
    s.generateReportSchema,
    fd,
    async (db, a, i) => {
      // One after the other: each file streams to disk and is its own audited row.
      for (const format of i.formats) {
        await createReport(db, { requestId: i.requestId, format, actor: { id: a.id, role: a.role === "admin" ? "admin" : "staff", organisationIds: a.organisationIds } });
      }
    },
    { paths: req },
  );
}
export async function releaseReportAction(_: Prev, fd: FormData) {
  return runStaffAction(
    s.releaseReportSchema,
    fd,
    async (db, a, i) => {
      await releaseReport(db, { reportId: i.reportId, overrideReason: i.overrideReason, actor: { id: a.id, role: a.role === "admin" ? "admin" : "staff", organisationIds: a.organisationIds } });
    },
    { paths: req },
  );
}
export async function intakeAction(_: Prev, fd: FormData) {
  const res = await runStaffAction(intakeSchema, fd, (db, a, i) => fileOnBehalf(db, a, i), { paths: () => ["/staff"] });
  if (res.ok && res.data) redirect(`/staff/requests/${res.data}`);
  return res;
}
export async function approveRetentionAction(_: Prev, fd: FormData) {
  return runStaffAction(
    s.approveRetentionSchema,
    fd,
    (db, a, i) => approveRetentionErasure(db, a, { personIds: i.items.filter((x) => x.erase && x.personId).map((x) => x.personId), today: toHelsinkiDate(new Date()) }),
    { paths: () => ["/staff/retention", "/staff/persons"] },
  );
}
