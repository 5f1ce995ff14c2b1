import { getTranslations } from "next-intl/server";
import { daysLeft, deadlineBadge, toHelsinkiDate } from "@/lib/deadlines";

/** Days left to the legal limit (PRODUCT.md §5 colours), counted in Helsinki days. */
export async function DueBadge({ dueOn }: { dueOn: string }) {
  const t = await getTranslations("portal.request");
  const left = daysLeft(toHelsinkiDate(new Date()), dueOn);
  const badge = deadlineBadge(left);
  return (
    <span className={`badge badge-${badge}`}>
      {left < 0 ? t("overdue", { days: -left }) : t("dueLeft", { days: left })}
    </span>
  );
}
