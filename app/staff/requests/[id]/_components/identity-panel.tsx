import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import { isOpenStatus } from "@/lib/workflow/constants";
import { claimDecisionAction, inPersonCheckAction } from "@/lib/workflow/actions";
import { ActionForm } from "../../../_components/action-form";
import { showDate } from "../../../_components/format";
import { TemporaryCodeBadge } from "../../../_components/temporary-code-badge";

/** Identity (PRODUCT.md §4): the level reached vs the level needed, claims to confirm, the in-person check. */
export async function IdentityPanel({ view }: { view: RequestView }) {
  const t = await getTranslations("staffIdentity");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const r = view.request;
  const open = isOpenStatus(r.status);
  return (
    <section aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t("heading")}</h2>
      <dl className="facts">
        <dt>{t("required")}</dt>
        <dd>{t("level", { level: r.requiredLevel })}</dd>
        <dt>{t("reached")}</dt>
        <dd>{view.level === null ? t("noAccount") : t("level", { level: view.level })}</dd>
      </dl>
      {view.verifications.length > 0 && (
        <ul>
          {view.verifications.map((v, n) => (
            <li key={n}>
              {t("level", { level: v.level })} – {l(`verificationMethod.${v.method}`)} ({showDate(v.createdAt, locale)})
            </li>
          ))}
        </ul>
      )}

      <h3>{t("records")}</h3>
      {view.persons.length === 0 ? (
        <p>{t("noRecords")}</p>
      ) : (
        <ul>
          {view.persons.map((p) => (
            <li key={p.id}>
              <Link href={`/staff/persons/${p.id}`}>
                {p.anonymisedAt ? t("anonymised") : [p.firstName, p.lastName].filter(Boolean).join(" ") || t("noName")}
              </Link>
              {p.birthYear && <> ({p.birthYear})</>}
              {p.restricted && <> <span className="badge badge-amber">{t("restricted")}</span></>}
              {p.identityCodeTemporary && <> <TemporaryCodeBadge /></>}
            </li>
          ))}
        </ul>
      )}

      {view.claims.length > 0 && <h3>{t("claims")}</h3>}
      {view.claims.map((c) => (
        <div key={c.id} className="card">
          <p>
            {t("claimBy", { name: c.fullName, date: showDate(c.createdAt, locale) })}
            <br />
            {t("claimBirthDate")}: {c.birthDate ? showDate(c.birthDate, locale) : "–"} · {t("claimCode")}: {c.hasCode ? t("given") : t("notGiven")}
            {c.codeTemporary && <> <TemporaryCodeBadge /></>}
            <br />
            {t("claimStatus")}: {l(`claimStatus.${c.status}`)}
          </p>
          {c.status === "rejected" && c.rejectionReason && <p style={{ whiteSpace: "pre-wrap" }}>{c.rejectionReason}</p>}
          {c.status === "pending" && (
            <>
              <p className="hint">{t("claimHelp")}</p>
              <ActionForm
                name="claimDecision"
                action={claimDecisionAction}
                idPrefix={`claim-${c.id}`}
                submitLabel={t("decide")}
                successText={t("decided")}
                fields={[
                  { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
                  { name: "claimId", label: "", kind: "hidden", defaultValue: c.id },
                  {
                    name: "decision",
                    label: t("decision"),
                    kind: "radio",
                    required: true,
                    options: [
                      { value: "confirm", label: t("confirm") },
                      { value: "reject", label: t("reject") },
                    ],
                  },
                  {
                    name: "personId",
                    label: t("matchRecord"),
                    hint: t("matchRecordHint"),
                    kind: "select",
                    defaultValue: "",
                    options: [
                      { value: "", label: t("chooseRecord") },
                      ...c.candidates.map((p) => ({
                        value: p.id,
                        label: `${[p.firstName, p.lastName].filter(Boolean).join(" ")}, ${p.birthDate ? showDate(p.birthDate, locale) : "–"}${p.email ? `, ${p.email}` : ""}`,
                      })),
                    ],
                  },
                  { name: "reason", label: t("rejectReason"), hint: t("rejectReasonHint"), kind: "textarea", maxLength: 2000 },
                ]}
              />
            </>
          )}
        </div>
      ))}

      {open && (
        <details>
          <summary>{t("inPerson")}</summary>
          <ActionForm
            name="inPersonCheck"
            action={inPersonCheckAction}
            idPrefix="in-person"
            submitLabel={t("inPersonSubmit")}
            successText={t("inPersonDone")}
            fields={[
              { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
              { name: "confirmed", label: t("inPersonConfirm"), hint: t("inPersonHint"), kind: "checkbox" },
            ]}
          />
        </details>
      )}
    </section>
  );
}
