import type { RequestFormContext } from "@/lib/requests/queries-form";
import type { Option } from "@/app/my/_components/form-fields";

/** Registers of the organisation, marking those holding the subject's data. */
export function registerOptions(context: RequestFormContext, yourRecord: string): Option[] {
  return context.registers.map((r) => ({ value: r.id, label: r.name, detail: r.hasRecord ? yourRecord : undefined }));
}
