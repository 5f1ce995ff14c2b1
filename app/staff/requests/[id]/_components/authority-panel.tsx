import { getLocale, getTranslations } from "next-intl/server";
import type { Request } from "@/lib/db/schema";
import type { Locale } from "@/lib/db/types";
import type { StaffActor } from "@/lib/workflow/types";
import { getDb } from "@/lib/db/client";
import { isOpenStatus } from "@/lib/workflow/constants";
import { findRepresentedCandidates, listAuthorityDocuments } from "@/lib/representatives/queries";
import { decideAuthorityAction } from "@/lib/representatives/actions";
import { representativeRoleLabel } from "@/lib/representatives/messages";
import { ActionForm } from "../../../_components/action-form";
import { showDate, showDateTime } from "../../../_components/format";

/**
 * A representative's authority (LEGAL.md §2): who files for whom and in what role, the document (opened
 * through an audited route, only within the organisation), and the decision: confirm — linking the
 * represented person's record when the organisation has one — or refuse with reasons.
 */
export async function AuthorityPanel({ request: r, actor }: { request: Request; actor: StaffActor }) {
  if (!r.representativeName) return null;
  const t = await getTranslations("staffAuthority");
  const l = await getTranslations("staffLabels");
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const documents = await listAuthorityDocuments(db, actor, r.id);
  const pending = r.authorityStatus === "pending" && isOpenStatus(r.status);
  const candidates = pending ? await findRepresentedCandidates(db, r) : [];
  return (
    <section aria-labelledby="authority-heading">
      <h2 id="authority-heading">{t("heading")}</h2>
      <dl className="facts">
        <dt>{t("represented")}</dt>
        <dd>
          {r.subjectName}
          {r.representedBirthDate && <> ({showDate(r.representedBirthDate, locale)})</>}
          {r.representedIdentityLookup && <> · {t("codeGiven")}</>}
        </dd>
        <dt>{t("representative")}</dt>
        <dd>
          {r.representativeName}
          {r.representativeRole && <> – {representativeRoleLabel(locale, r.representativeRole)}</>}
        </dd>
        <dt>{t("status")}</dt>
        <dd>
          {r.authorityStatus ? l(`authorityStatus.${r.authorityStatus}` as never) : t("notRecorded")}
          {r.powerOfAttorneyCheckedAt && <> ({showDateTime(r.powerOfAttorneyCheckedAt, locale)})</>}
        </dd>
        <dt>{t("documents")}</dt>
        <dd>
          {documents.length === 0
            ? t("noDocument")
            : documents.map((d) => (
                <div key={d.id}>
                  {/* A route handler: a plain link, never prefetched; each opening is audited. */}
                  <a href={`/staff/requests/${r.id}/authority-document/${d.id}`}>{t("openDocument", { type: l(`documentType.${d.mimeType.replace("/", "_")}` as never), size: Math.max(1, Math.round(d.sizeBytes / 1024)) })}</a>
                </div>
              ))}
        </dd>
      </dl>
      {pending && (
        <ActionForm
          name="authorityDecision"
          action={decideAuthorityAction}
          idPrefix="authority"
          submitLabel={t("decide")}
          successText={t("decided")}
          fields={[
            { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
            {
              name: "decision",
              label: t("decision"),
              kind: "radio",
              required: true,
              options: [
                { value: "confirm", label: t("confirm") },
                { value: "refuse", label: t("refuse") },
              ],
            },
            {
              name: "personId",
              label: t("matchRecord"),
              hint: t("matchRecordHint"),
              kind: "select",
              defaultValue: "",
              options: [
                { value: "", label: t("noRecord") },
                ...candidates.map((p) => ({
                  value: p.id,
                  label: `${[p.firstName, p.lastName].filter(Boolean).join(" ")}, ${p.birthDate ? showDate(p.birthDate, locale) : "–"}${p.codeMatches ? ` (${t("codeMatches")})` : ""}`,
                })),
              ],
            },
            { name: "reason", label: t("reason"), hint: t("reasonHint"), kind: "textarea", rows: 3, maxLength: 4000 },
          ]}
        />
      )}
    </section>
  );
}
