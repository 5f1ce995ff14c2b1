"use server";
import type { ActionResult } from "../errors";
import { runStaffAction, runStaffActionValues } from "../workflow/action-runner";
import * as s from "./schema";
import * as q from "./queries";
import * as oidc from "./oidc-queries";
import { assertAdminOf } from "./guard";

// Admin actions (requireAdmin's server-side twin: role admin + second factor, then the organisation in
// every query). Each one runs one transaction with its audit event.
type Prev = ActionResult<unknown> | null;
const admin = { admin: true } as const;

export async function settingsAction(_: Prev, fd: FormData) {
  return runStaffAction(s.settingsSchema, fd, (db, a, i) => q.updateSettings(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}`] });
}
export async function organisationAction(_: Prev, fd: FormData) {
  return runStaffAction(s.organisationSchema, fd, (db, a, i) => q.updateOrganisation(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}`] });
}
export async function retentionAction(_: Prev, fd: FormData) {
  return runStaffAction(s.registerRetentionSchema, fd, (db, a, i) => q.updateRegisterRetention(db, a, i), { ...admin, paths: (i) => [`/admin/registers/${i.registerId}`] });
}
export async function noticeAction(_: Prev, fd: FormData) {
  return runStaffAction(s.noticeSchema, fd, (db, a, i) => q.updateNotice(db, a, i), { ...admin, paths: (i) => [`/admin/registers/${i.registerId}`] });
}
export async function addStaffAction(_: Prev, fd: FormData) {
  return runStaffAction(s.addStaffSchema, fd, (db, a, i) => q.addStaff(db, a, i).then(() => undefined), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}/staff`] });
}
export async function updateStaffAction(_: Prev, fd: FormData) {
  return runStaffAction(s.updateStaffSchema, fd, (db, a, i) => q.updateStaff(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}/staff`] });
}
export async function removeStaffAction(_: Prev, fd: FormData) {
  return runStaffAction(s.removeStaffSchema, fd, (db, a, i) => q.removeStaff(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}/staff`] });
}
export async function withdrawInvitationAction(_: Prev, fd: FormData) {
  return runStaffAction(s.withdrawInvitationSchema, fd, (db, a, i) => q.withdrawInvitation(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}/staff`] });
}
/** The invited account answers; it may have no active membership yet (`account`), and never acts for anyone else. */
export async function answerInvitationAction(_: Prev, fd: FormData) {
  return runStaffAction(s.answerInvitationSchema, fd, (db, a, i) => q.answerInvitation(db, a, { organisationId: i.organisationId, accept: i.answer === "accept" }), {
    account: true,
    paths: () => ["/staff/invitations", "/staff"],
  });
}
/** Called by the template editor with its current values; returns the rendered preview or the unknown placeholders. */
export async function previewTemplateAction(values: unknown) {
  return runStaffActionValues(s.templateOverrideSchema, values, async (_db, a, i) => {
    assertAdminOf(a, i.organisationId);
    return q.previewTemplate(i.template, i.locale, { subject: i.subject, body: i.body });
  }, admin);
}
export async function saveTemplateAction(values: unknown) {
  return runStaffActionValues(s.templateOverrideSchema, values, (db, a, i) => q.saveTemplateOverride(db, a, i), {
    ...admin,
    paths: (i) => [`/admin/organisations/${i.organisationId}/templates`],
  });
}
export async function resetTemplateAction(_: Prev, fd: FormData) {
  return runStaffAction(s.templateResetSchema, fd, (db, a, i) => q.resetTemplateOverride(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}/templates`] });
}
export async function oidcProviderAction(_: Prev, fd: FormData) {
  return runStaffAction(s.oidcProviderSchema, fd, (db, a, i) => oidc.saveOidcProvider(db, a, i), { ...admin, paths: (i) => [`/admin/organisations/${i.organisationId}`] });
}
export async function oidcTestAction(_: Prev, fd: FormData) {
  return runStaffAction(s.oidcTestSchema, fd, (_db, a, i) => oidc.testOidcProvider(a, i), admin);
}
