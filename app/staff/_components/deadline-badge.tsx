import { getTranslations } from "next-intl/server";
import { viewDeadline } from "@/lib/queue/deadline-view";

/** The days-left badge (PRODUCT.md §5): colour plus words, so it never relies on colour alone. */
export async function DeadlineBadge({ today, due }: { today: string; due: string }) {
  const t = await getTranslations("staffLabels");
  const v = viewDeadline(today, due);
  const text = v.badge === "overdue" ? t("overdue", { count: v.daysOverdue }) : t("daysLeft", { count: v.daysLeft });
  return <span className={`badge badge-${v.badge}`}>{text}</span>;
}
