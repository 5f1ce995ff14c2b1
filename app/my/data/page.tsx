import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getMyData } from "@/lib/my-data/queries";
import { linkRecordsByEmail } from "@/lib/identity/queries";
import { formatDate } from "@/emails/labels";
import { consentText } from "@/lib/i18n/labels";
import { currentLocale } from "../_components/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("portal.myData");
  return { title: t("title") };
}

/**
 * My data (issue 3 §5): per organisation and register the categories held (not their content),
 * consents and bans, and the privacy notice. Someone with no linked records is told so plainly.
 */
export default async function MyDataPage() {
  const user = await requireUser();
  const db = await getDb();
  await linkRecordsByEmail(db, user);
  const locale = await currentLocale();
  const orgs = await getMyData(db, user.id, locale);
  const t = await getTranslations("portal.myData");
  const cat = await getTranslations("dataCategories");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {orgs.length === 0 && (
        <div className="notice-box">
          <p><strong>{t("nothingHeld")}</strong></p>
          <p>{t("nothingHeldHint")}</p>
          <p><Link href="/my/verify">{t("goVerify")}</Link></p>
        </div>
      )}
      {orgs.map((o) => (
        <section key={o.id} aria-labelledby={`org-${o.id}`}>
          <h2 id={`org-${o.id}`}>{o.name}</h2>
          <p>
            <Link href={`/organisations/${o.slug}/privacy`}>{t("privacyNotice")}</Link> ·{" "}
            <Link href={`/my/requests/new?org=${encodeURIComponent(o.slug)}&type=access`}>{t("askAccess")}</Link> ·{" "}
            <Link href={`/my/requests/new?org=${encodeURIComponent(o.slug)}`}>{t("newRequest")}</Link>
          </p>
          {o.registers.map((r) => (
            <div key={r.personId} className="card" style={{ marginBottom: "1rem" }}>
              <h3>{t("register")}: {r.registerName}</h3>
              {r.restricted && <p className="notice-box">{t("restricted")}</p>}
              <h4>{t("categories")}</h4>
              <ul>
                {r.categories.map((c) => (
                  <li key={c.code}>
                    {c.label ?? (cat.has(c.code as never) ? cat(c.code as never) : c.code)}
                    {c.count !== null && <> ({t("entries", { count: c.count })})</>}
                    {c.special && <> <span className="special">{t("special")}</span></>}
                  </li>
                ))}
              </ul>
              <h4>{t("consents")}</h4>
              {r.consents.length === 0 ? (
                <p>{t("noConsents")}</p>
              ) : (
                <ul>
                  {r.consents.map((c) => (
                    <li key={c.id}>
                      {consentText(locale, c)} – {t("consentGiven", { date: formatDate(c.givenAt, locale) })}
                      {c.withdrawnAt && <>, {t("consentWithdrawn", { date: formatDate(c.withdrawnAt, locale) })}</>}
                    </li>
                  ))}
                </ul>
              )}
              <h4>{t("bans")}</h4>
              {!r.bans.directMarketing && !r.bans.research && !r.bans.profiling ? (
                <p>{t("noBans")}</p>
              ) : (
                <ul>
                  {r.bans.directMarketing && <li>{t("banDirectMarketing")}</li>}
                  {r.bans.research && <li>{t("banResearch")}</li>}
                  {r.bans.profiling && <li>{t("banProfiling")}</li>}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
