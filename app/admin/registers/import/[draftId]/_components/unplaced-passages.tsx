import { getTranslations } from "next-intl/server";
import { IMPORT_FIELDS, type ImportDraft } from "@/lib/notice-import/fields";
import { assignPassageAction } from "@/lib/notice-import/actions";
import { ActionForm } from "../../../../../staff/_components/action-form";

/** Passages no heading placed: the admin puts each in a field or drops it (nothing is guessed silently). */
export async function UnplacedPassages({ draftId, draft }: { draftId: string; draft: ImportDraft }) {
  const t = await getTranslations("noticeImport");
  const options = [{ value: "drop", label: t("drop") }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }))];
  return (
    <section aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading">{t("unplacedTitle", { count: draft.unplaced.length })}</h2>
      {draft.unplaced.length > 0 && <p>{t("unplacedIntro")}</p>}
      {draft.unplaced.map((id) => {
        const p = draft.passages.find((x) => x.id === id);
        if (!p) return null;
        return (
          <div key={id} className="import-passage">
            <blockquote className="pre-line">
              {p.heading && <strong>{p.heading}</strong>}
              {p.heading && "\n"}
              {p.text}
            </blockquote>
            <ActionForm
              name="noticeAssign"
              action={assignPassageAction}
              idPrefix={`assign-${id}`}
              submitLabel={t("assign")}
              successText={t("assigned")}
              fields={[
                { name: "draftId", label: "", kind: "hidden", defaultValue: draftId },
                { name: "passageId", label: "", kind: "hidden", defaultValue: id },
                { name: "field", label: t("assignTo"), kind: "select", defaultValue: "drop", options },
              ]}
            />
          </div>
        );
      })}
    </section>
  );
}
