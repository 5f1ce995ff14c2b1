"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The subject's own pages; the current one is marked for assistive technology (aria-current). */
export function MyNav() {
  const t = useTranslations("portal.nav");
  const path = usePathname();
  const links = [
    { href: "/my/requests", label: t("requests"), exact: true },
    { href: "/my/requests/new", label: t("newRequest"), exact: false },
    { href: "/my/data", label: t("data"), exact: false },
    { href: "/my/verify", label: t("verify"), exact: false },
  ];
  const current = (l: (typeof links)[number]) => (l.exact ? path === l.href : path.startsWith(l.href));
  return (
    <nav aria-label={t("label")} style={{ marginBottom: "1.5rem" }}>
      <ul className="nav-list">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={current(l) ? "page" : undefined} style={current(l) ? { fontWeight: 700 } : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
