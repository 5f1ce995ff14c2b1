import "server-only";
/**
 * The staff workflow (issue 4): each function takes `(db, actor, input, opts?)`, runs ONE transaction
 * with its audit event and any email, and scopes every row by the actor's organisations in the WHERE.
 * Server actions in actions.ts are thin wrappers around these.
 */
export { assignRequest, askForInformation, resumeRequest, resumeClock, extendRequest, rejectRequest, reopenRequest, forwardRequest, postMessage, addInternalNote } from "./status-queries";
export { completeRequest, completeNoDataHeld } from "./complete-queries";
export { proposeFee, answerFee, latestFee } from "./fee-queries";
export { loadOutcome, outcomeAppendix } from "./outcome-queries";
export { decideIdentityClaim, recordInPersonCheck, identityLevelOf, listClaimsForRequest } from "./identity-queries";
export { ensureProcessorTasks, markTaskDone, skipTask } from "./task-queries";
export { decideRectification } from "./rectification-queries";
export { executeErasure, categoriesWithData } from "./erasure-queries";
export { applyRestriction, notifyRestrictionLifting, liftRestriction, decideObjection, withdrawConsents } from "./rights-queries";
export { listAccessItems, markItem, removeMark, canReadSpecialIn } from "./access-queries";
export { getRequestView } from "./view-queries";
