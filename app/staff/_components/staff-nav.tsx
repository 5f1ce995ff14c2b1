import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Secondary navigation of the staff area. */
export async function StaffNav({ current, admin }: { current: "queue" | "persons" | "dashboard" | "intake" | "retention" | "invitations"; admin?: boolean }) {
  const t = await getTranslations("staffNav");
  const items = [
    ["queue", "/staff"],
    ["intake", "/staff/intake"],
    ["persons", "/staff/persons"],
    ["dashboard", "/staff/dashboard"],
    ["retention", "/staff/retention"],
    ["invitations", "/staff/invitations"],
  ] as const;
  return (
    <nav aria-label={t("label")} className="staff-nav">
      <ul className="nav-list">
        {items.map(([key, href]) => (
          <li key={key}>
            <Link href={href} aria-current={current === key ? "page" : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
        {admin && (
          <li>
            <Link href="/admin">{t("admin")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
