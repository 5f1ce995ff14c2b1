import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listOrganisations } from "@/lib/organisations/queries";

const RIGHTS = ["access", "rectification", "erasure", "restriction", "objection", "consent_withdrawal", "portability"] as const;

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const orgs = await listOrganisations();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <Link href="/sign-in" className="button">{t("start")}</Link>
      </p>
      <h2>{t("organisationsTitle")}</h2>
      <ul className="cards">
        {orgs.map((o) => (
          <li key={o.id} className="card">
            <h3>{o.name}</h3>
            <p>{o.city}</p>
            <Link href={`/organisations/${o.slug}/privacy`}>{t("readNotice")}<span className="visually-hidden">: {o.name}</span></Link>
          </li>
        ))}
      </ul>
      <h2>{t("rightsTitle")}</h2>
      <ul>
        {RIGHTS.map((r) => (
          <li key={r}>{t(`rights.${r}`)}</li>
        ))}
      </ul>
      <p className="notice-box">{t("deadlineNote")}</p>
    </>
  );
}
