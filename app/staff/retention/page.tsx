import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { toHelsinkiDate } from "@/lib/deadlines";
import { listRetentionProposals } from "@/lib/retention/queries";
import { approveRetentionAction } from "@/lib/workflow/actions";
import { retentionTaskDoneAction } from "@/lib/retention/actions";
import { ActionForm, type FieldSpec } from "../_components/action-form";
import { StaffNav } from "../_components/staff-nav";
import { showDate } from "../_components/format";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffRetention");
  return { title: t("title") };
}

/**
 * Retention (PRODUCT.md §8): records whose register's rule says they are due for erasure, proposed (by the
 * daily job, and topped up on opening this page) to staff, who approve them. Nothing is erased without a
 * person deciding; after approval the erasure in external systems is a task of its own until done.
 */
export default async function RetentionPage() {
  const user = await requireStaff();
  const { proposals, pending } = await listRetentionProposals(await getDb(), user, toHelsinkiDate(new Date()));
  const t = await getTranslations("staffRetention");
  const tl = await getTranslations("staffLabels");
  const locale = (await getLocale()) as Locale;
  const regName = (n: (typeof proposals)[number]["notice"]) => n[locale]?.name ?? n.fi.name;
  const fields: FieldSpec[] = proposals.flatMap((p, n): FieldSpec[] => [
    { name: `items.${n}.personId`, label: "", kind: "hidden", defaultValue: p.personId },
    {
      name: `items.${n}.erase`,
      label: t("item", {
        name: [p.firstName, p.lastName].filter(Boolean).join(" ") || t("noName"),
        register: regName(p.notice),
        ended: p.relationshipEnd ? showDate(p.relationshipEnd, locale) : "–",
        due: showDate(p.dueOn, locale),
      }),
      hint: [t(`rule.${p.rule}` as never, { months: p.months ?? 0 } as never), p.rule === "legal_retention" && p.law ? t("law", { law: p.law }) : null].filter(Boolean).join(" "),
      kind: "checkbox",
    },
  ]);
  return (
    <>
      <StaffNav current="retention" admin={user.role === "admin"} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {proposals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ActionForm
          name="approveRetention"
          action={approveRetentionAction}
          idPrefix="retention"
          submitLabel={t("submit")}
          successText={t("done")}
          fields={[...fields, { name: "confirmed", label: t("confirm"), kind: "checkbox" }]}
        >
          <p>{t("help")}</p>
          <ul>
            {proposals.map((p) => (
              <li key={p.proposalId}>
                <Link href={`/staff/persons/${p.personId}`}>{[p.firstName, p.lastName].filter(Boolean).join(" ") || t("noName")}</Link>
              </li>
            ))}
          </ul>
        </ActionForm>
      )}
      <section aria-labelledby="external-heading">
        <h2 id="external-heading">{t("externalTitle")}</h2>
        <p>{t("externalHelp")}</p>
        {pending.length === 0 ? (
          <p>{t("externalNone")}</p>
        ) : (
          <ul>
            {pending.map((task) => (
              <li key={task.taskId}>
                {t("externalItem", {
                  action: tl(`taskAction.${task.action}` as never),
                  title: task.title,
                  register: regName(task.notice),
                  approved: task.decidedAt ? showDate(task.decidedAt, locale) : "–",
                })}
                <ActionForm
                  name="retentionTaskDone"
                  action={retentionTaskDoneAction}
                  idPrefix={`retention-task-${task.taskId}`}
                  submitLabel={t("markDone")}
                  successText={t("markedDone")}
                  secondary
                  fields={[{ name: "taskId", label: "", kind: "hidden", defaultValue: task.taskId }]}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
