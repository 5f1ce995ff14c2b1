import { getTranslations } from "next-intl/server";
import type { ImportDraft, ImportField } from "@/lib/notice-import/fields";
import { markPassage } from "@/lib/notice-import/highlight";

/** One field of the draft: what was read, and the passage it was read from with those parts marked. */
export async function FieldReview({ field, draft }: { field: ImportField; draft: ImportDraft }) {
  const t = await getTranslations("noticeImport");
  const f = draft.fields[field];
  const id = `field-${field}`;
  return (
    <div className="import-field" aria-labelledby={id}>
      <h3 id={id}>{t(`field.${field}`)}</h3>
      {!f || f.items.length === 0 ? (
        <p className="field-error">{t("missing")}</p>
      ) : (
        <>
          <ul>
            {f.items.map((item, n) => (
              <li key={n} className="pre-line">{item}</li>
            ))}
          </ul>
          {f.sourceIds.map((sid) => {
            const p = draft.passages.find((x) => x.id === sid);
            if (!p) return null;
            return (
              <details key={sid}>
                <summary>
                  {t("source")}: {p.heading ? t("sourceHeading", { heading: p.heading }) : t("noHeading")}
                </summary>
                <blockquote className="pre-line">
                  {markPassage(p.text, f.items).map((s, n) => (s.mark ? <mark key={n}>{s.text}</mark> : <span key={n}>{s.text}</span>))}
                </blockquote>
              </details>
            );
          })}
        </>
      )}
    </div>
  );
}
