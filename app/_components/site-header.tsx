import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { isStaffRole } from "@/lib/auth/types";
import { isDevMailbox } from "@/lib/mail/transport";
import { LanguageSwitcher } from "./language-switcher";
import { HeaderNavLinks } from "./header-nav-links";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const locale = await getLocale();
  const user = await getSessionUser();
  const tOperator = await getTranslations("operator");
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="nav-list">
            <HeaderNavLinks
              links={[
                ...(user?.role === "subject"
                  ? [
                      { href: "/my/requests", label: t("myRequests") },
                      { href: "/my/data", label: t("myData") },
                    ]
                  : []),
                ...(user && isStaffRole(user.role) ? [{ href: "/staff", label: t("staffQueue"), area: "staff" as const }] : []),
                ...(user?.role === "admin" ? [{ href: "/admin", label: t("admin"), area: "staff" as const }] : []),
                ...(user?.role === "operator" ? [{ href: "/operator", label: tOperator("title") }] : []),
                ...(isDevMailbox() ? [{ href: "/dev/mail", label: t("devMail") }] : []),
                ...(!user ? [{ href: "/sign-in", label: t("signIn") }] : []),
              ]}
            />
          </ul>
        </nav>
        <div className="lang-switch">
          <LanguageSwitcher current={locale} label={t("changeLanguage")} />
          {user && (
            <form action={signOutAction}>
              <span className="visually-hidden">{t("signedInAs", { email: user.email })}</span>
              <button type="submit" className="secondary">{t("signOut")}</button>
            </form>
          )}
        </div>
      </div>
    </header>
  );
}
