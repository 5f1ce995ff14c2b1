import * as w from "@/lib/workflow/schema";
import * as pe from "@/lib/persons/schema";
import * as ad from "@/lib/admin/schema";
import { intakeSchema } from "@/lib/workflow/intake-schema";
import * as rg from "@/lib/registers/schema";
import * as ni from "@/lib/notice-import/schema";
import { authorityDecisionSchema } from "@/lib/representatives/schema";
import * as rt from "@/lib/retention/schema";
import * as op from "@/lib/operator/schema";

/**
 * The zod schema of each staff form by name. Client components receive the name (a schema is not
 * serialisable across the server/client boundary) and validate with the same schema the action uses.
 */
export const staffFormSchemas = {
  assign: w.assignSchema,
  claimDecision: w.claimDecisionSchema,
  inPersonCheck: w.inPersonCheckSchema,
  askInfo: w.askInfoSchema,
  resume: w.requestRefSchema,
  extend: w.extendSchema,
  reject: w.rejectSchema,
  complete: w.completeSchema,
  noData: w.noDataSchema,
  fee: w.feeSchema,
  reopen: w.reopenSchema,
  forward: w.forwardSchema,
  message: w.messageSchema,
  note: w.noteSchema,
  taskDone: w.taskDoneSchema,
  taskSkip: w.taskSkipSchema,
  rectification: w.rectificationSchema,
  erasure: w.erasurePlanSchema,
  restrict: w.restrictSchema,
  liftNotice: w.liftNoticeSchema,
  lift: w.liftSchema,
  objection: w.objectionDecisionSchema,
  consent: w.consentWithdrawalSchema,
  markItem: w.itemMarkSchema,
  removeMark: w.removeMarkSchema,
  generateReport: w.generateReportSchema,
  releaseReport: w.releaseReportSchema,
  intake: intakeSchema,
  approveRetention: w.approveRetentionSchema,
  createPerson: pe.createPersonSchema,
  updatePerson: pe.updatePersonSchema,
  unlockClientReference: pe.unlockClientReferenceSchema,
  issueClientReference: pe.issueClientReferenceSchema,
  revokeClientReference: pe.revokeClientReferenceSchema,
  authorityDecision: authorityDecisionSchema,
  settings: ad.settingsSchema,
  organisation: ad.organisationSchema,
  retention: ad.registerRetentionSchema,
  notice: ad.noticeSchema,
  noticeUpload: ni.uploadSchema,
  noticeAssign: ni.assignSchema,
  noticeAccept: ni.acceptSchema,
  noticeDiscard: ni.discardSchema,
  addStaff: ad.addStaffSchema,
  updateStaff: ad.updateStaffSchema,
  removeStaff: ad.removeStaffSchema,
  withdrawInvitation: ad.withdrawInvitationSchema,
  answerInvitation: ad.answerInvitationSchema,
  templateReset: ad.templateResetSchema,
  oidcProvider: ad.oidcProviderSchema,
  oidcTest: ad.oidcTestSchema,
  createRegister: rg.createRegisterSchema,
  archiveRegister: rg.archiveRegisterSchema,
  processor: rg.processorSchema,
  deleteProcessor: rg.deleteProcessorSchema,
  retentionRule: rt.retentionRuleSchema,
  retentionTaskDone: rt.retentionTaskDoneSchema,
  createOrganisation: op.createOrganisationSchema,
  inviteAdmin: op.inviteAdminSchema,
  withdrawAdminInvitation: op.withdrawAdminInvitationSchema,
  organisationState: op.organisationStateSchema,
  operatorSetup: op.setupSchema,
} as const;

export type StaffFormName = keyof typeof staffFormSchemas;
