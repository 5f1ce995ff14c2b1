import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <div className="inner">
        <nav aria-label={t("footerNav")}>
          <ul>
            <li><Link href="/">{t("privacyNotices")}</Link></li>
            <li><Link href="/complaint">{t("complaint")}</Link></li>
            <li><Link href="/accessibility">{t("accessibility")}</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
