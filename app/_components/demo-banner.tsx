import { getTranslations } from "next-intl/server";
import { isDemoMode } from "@/lib/config/mode";

/**
 * Demo mode only: on every page, before the header, a named region saying the installation is a
 * demo with published accounts, so nobody mistakes it for a place for real personal data.
 */
export async function DemoBanner() {
  if (!isDemoMode()) return null;
  const t = await getTranslations("common");
  return (
    <section className="demo-banner" aria-label={t("demoBannerLabel")} data-testid="demo-banner">
      <div className="inner">
        <p>
          <strong>{t("demoBanner")}</strong> {t("demoBannerDetail")}
        </p>
      </div>
    </section>
  );
}
