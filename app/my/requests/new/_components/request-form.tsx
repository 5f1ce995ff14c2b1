"use client";
import type { RequestTypeCode } from "@/lib/db/types";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { AccessForm } from "./access-form";
import { RectificationForm } from "./rectification-form";
import { ErasureForm } from "./erasure-form";
import { RestrictionForm } from "./restriction-form";
import { ObjectionForm } from "./objection-form";
import { ConsentWithdrawalForm } from "./consent-withdrawal-form";
import { PortabilityForm } from "./portability-form";

const FORMS: Record<RequestTypeCode, (p: { context: RequestFormContext }) => React.ReactNode> = {
  access: AccessForm,
  rectification: RectificationForm,
  erasure: ErasureForm,
  restriction: RestrictionForm,
  objection: ObjectionForm,
  consent_withdrawal: ConsentWithdrawalForm,
  portability: PortabilityForm,
};

/** One form per request type (PRODUCT.md §3), each with its own zod schema. */
export function RequestForm({ type, context }: { type: RequestTypeCode; context: RequestFormContext }) {
  const Form = FORMS[type];
  return <Form context={context} />;
}
