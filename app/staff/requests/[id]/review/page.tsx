import Link from "next/link";
import { isUuid } from "@/lib/validation/ids";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ActionError } from "@/lib/errors";
import { listAccessItems, getRequestView } from "@/lib/workflow/queries";
import { applyRedaction } from "@/lib/workflow/access-queries";
import { isOpenStatus } from "@/lib/workflow/constants";
import { markItemAction, removeMarkAction } from "@/lib/workflow/actions";
import { ActionForm } from "../../../_components/action-form";
import { StaffNav } from "../../../_components/staff-nav";
import { showDate } from "../../../_components/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("staffReview");
  return { title: t("title") };
}

/**
 * Review of case notes before an access report is released: redact third parties' passages (Art. 15(4))
 * and, separately, withhold notes under tietosuojalaki § 34 with a reason. Special-category notes show
 * only to members allowed to read them, and showing them is audited.
 */
export default async function AccessReviewPage({ params }: Props) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const user = await requireStaff();
  const db = await getDb();
  let data;
  try {
    const view = await getRequestView(db, user, id);
    if (view.request.type !== "access") notFound();
    data = { view, items: await listAccessItems(db, user, id) };
  } catch (e) {
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  }
  const { view, items } = data;
  const t = await getTranslations("staffReview");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const open = isOpenStatus(view.request.status);

  return (
    <>
      <StaffNav current="queue" admin={user.role === "admin"} />
      <p>
        <Link href={`/staff/requests/${id}`}>{t("back", { reference: view.request.reference })}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {items.hiddenSpecial > 0 && <p className="notice-box">{t("hiddenSpecial", { count: items.hiddenSpecial })}</p>}
      {items.notes.length === 0 && <p>{t("empty")}</p>}
      {items.notes.map((n) => {
        const marks = items.marks.filter((m) => m.itemId === n.id);
        const withheld = marks.find((m) => m.kind === "withhold");
        const redactions = marks.filter((m) => m.kind === "redact");
        // A redaction without spans blanks the whole note; otherwise every marked passage is blanked.
        const whole = redactions.some((m) => m.spans.length === 0);
        const shown = applyRedaction(n.body, whole ? [] : redactions.flatMap((m) => m.spans));
        return (
          <article key={n.id} className="card" style={{ marginBottom: "1rem" }} aria-labelledby={`note-${n.id}`}>
            <h2 id={`note-${n.id}`} style={{ marginTop: 0 }}>
              {showDate(n.writtenAt, locale)} · {n.topic}
              {n.special && <span className="special"> ({t("special")})</span>}
            </h2>
            <p className="hint">
              {t("source")}: {l(`noteSource.${n.source}`)}
              {n.sourceDetail && <> – {n.sourceDetail}</>}
            </p>
            <p style={{ whiteSpace: "pre-wrap" }}>{n.body}</p>
            {redactions.length > 0 && (
              <p>
                <strong>{t("asReleased")}:</strong> <span style={{ whiteSpace: "pre-wrap" }}>{withheld ? t("withheldText") : shown}</span>
              </p>
            )}
            {marks.length > 0 && (
              <ul>
                {marks.map((m) => (
                  <li key={m.id}>
                    <span className={`badge ${m.kind === "withhold" ? "badge-red" : "badge-amber"}`}>{l(`markKind.${m.kind}`)}</span> {m.reason}
                    {open && (
                      <ActionForm
                        name="removeMark"
                        action={removeMarkAction}
                        idPrefix={`unmark-${m.id}`}
                        secondary
                        submitLabel={t("removeMark")}
                        successText={t("markRemoved")}
                        fields={[
                          { name: "requestId", label: "", kind: "hidden", defaultValue: id },
                          { name: "markId", label: "", kind: "hidden", defaultValue: m.id },
                        ]}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {open && (
              <details>
                <summary>{t("mark")}</summary>
                <ActionForm
                  name="markItem"
                  action={markItemAction}
                  idPrefix={`mark-${n.id}`}
                  submitLabel={t("markSubmit")}
                  successText={t("marked")}
                  fields={[
                    { name: "requestId", label: "", kind: "hidden", defaultValue: id },
                    { name: "itemId", label: "", kind: "hidden", defaultValue: n.id },
                    {
                      name: "kind",
                      label: t("kind"),
                      kind: "radio",
                      required: true,
                      options: [
                        { value: "redact", label: t("redactOption") },
                        { value: "withhold", label: t("withholdOption") },
                      ],
                    },
                    { name: "passage", label: t("passage"), hint: t("passageHint"), kind: "textarea", rows: 2, maxLength: 4000 },
                    { name: "reason", label: t("reason"), hint: t("reasonHint"), kind: "textarea", rows: 2, required: true, maxLength: 2000 },
                  ]}
                />
              </details>
            )}
          </article>
        );
      })}
    </>
  );
}
