import { getTranslations } from "next-intl/server";
import { unlockClientReferenceAction } from "@/lib/persons/actions";
import { ActionForm } from "../../_components/action-form";

/** A locked anonymous client reference (too many wrong secrets): the fact, and the unlock button. */
export async function ClientReferenceLock({ personId, text }: { personId: string; text: string }) {
  const t = await getTranslations("staffPersons");
  return (
    <div className="notice-box" role="status">
      <p>{text}</p>
      <ActionForm
        name="unlockClientReference"
        action={unlockClientReferenceAction}
        idPrefix={`unlock-ref-${personId}`}
        submitLabel={t("unlockClientReference")}
        successText={t("clientReferenceUnlocked")}
        fields={[{ name: "personId", label: "", kind: "hidden", defaultValue: personId }]}
      />
    </div>
  );
}
