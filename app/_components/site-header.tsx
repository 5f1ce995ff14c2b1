import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { isStaffRole } from "@/lib/auth/types";
import { isDevMailbox } from "@/lib/mail/transport";
import { LanguageSwitcher } from "./language-switcher";

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
            {user?.role === "subject" && (
              <>
                <li><Link href="/my/requests">{t("myRequests")}</Link></li>
                <li><Link href="/my/data">{t("myData")}</Link></li>
              </>
            )}
            {user && isStaffRole(user.role) && <li><Link href="/staff">{t("staffQueue")}</Link></li>}
            {user?.role === "admin" && <li><Link href="/admin">{t("admin")}</Link></li>}
            {user?.role === "operator" && <li><Link href="/operator">{tOperator("title")}</Link></li>}
            {isDevMailbox() && <li><Link href="/dev/mail">{t("devMail")}</Link></li>}
            {!user && <li><Link href="/sign-in">{t("signIn")}</Link></li>}
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
