import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { toHelsinkiDate } from "@/lib/deadlines";
import { getDashboardStats } from "@/lib/dashboard/queries";
import { REQUEST_TYPES } from "@/lib/workflow/constants";
import { StaffNav } from "../_components/staff-nav";
import { MonthChart } from "./_components/month-chart";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffDashboard");
  return { title: t("title") };
}

/** The dashboard of PRODUCT.md §5 and the accountability export (Art. 5(2)). */
export default async function DashboardPage() {
  const user = await requireStaff();
  const today = toHelsinkiDate(new Date());
  const s = await getDashboardStats(await getDb(), user, { today });
  const t = await getTranslations("staffDashboard");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const nf = new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-FI`, { maximumFractionDigits: 1 });
  const cards: Array<[string, string]> = [
    [t("open"), nf.format(s.open)],
    [t("dueThisWeek"), nf.format(s.dueThisWeek)],
    [t("overdue"), nf.format(s.overdue)],
    [t("onTime"), s.onTimePercent === null ? "–" : `${nf.format(s.onTimePercent)} %`],
    [t("median"), s.medianDaysToClose === null ? "–" : t("days", { count: s.medianDaysToClose })],
  ];
  const monthLabel = (m: string) =>
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-FI`, { month: "short", year: "2-digit", timeZone: "UTC" }).format(new Date(`${m}-15T00:00:00Z`));
  return (
    <>
      <StaffNav current="dashboard" admin={user.role === "admin"} />
      <h1>{t("title")}</h1>
      <ul className="cards">
        {cards.map(([label, value]) => (
          <li key={label} className="card">
            <div className="hint">{label}</div>
            <div style={{ fontSize: "2rem", fontWeight: 700 }}>{value}</div>
          </li>
        ))}
      </ul>
      <p className="hint">{t("periodNote", { closed: s.closed })}</p>
      <h2 id="chart-heading">{t("perMonth")}</h2>
      <MonthChart
        months={s.months.map((m) => ({ key: m, label: monthLabel(m) }))}
        types={REQUEST_TYPES.map((x) => ({ key: x, label: l(`type.${x}`) }))}
        data={s.perMonth}
        caption={t("perMonthCaption")}
        monthHeader={t("month")}
        totalHeader={t("total")}
      />
      <h2>{t("exportTitle")}</h2>
      <p>{t("exportLead")}</p>
      <p>
        <a href="/staff/export" className="button" download>
          {t("exportLink")}
        </a>
      </p>
      <p>
        <a href="/staff/export?variant=machine" download>
          {t("exportMachineLink")}
        </a>
      </p>
    </>
  );
}
