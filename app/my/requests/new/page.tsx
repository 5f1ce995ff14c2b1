import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getRequestFormContext, listOrganisationsForSubject } from "@/lib/requests/queries-subject";
import { isRequestType, REQUEST_TYPES } from "@/lib/requests/constants";
import { linkRecordsByEmail } from "@/lib/identity/queries";
import { formatDate } from "@/emails/labels";
import { currentLocale } from "../../_components/locale";
import { ClientMessages, PORTAL_FORM_MESSAGES } from "@/app/_components/client-messages";
import { RequestForm } from "./_components/request-form";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ org?: string; type?: string }> };

export async function generateMetadata() {
  const t = await getTranslations("requests.new");
  return { title: t("title") };
}

/**
 * New request: first the association and the kind of request (a plain GET form, so it works without
 * JavaScript), then that type's form with choices from the subject's own data.
 */
export default async function NewRequestPage({ searchParams }: Props) {
  const user = await requireUser();
  const db = await getDb();
  await linkRecordsByEmail(db, user);
  const { org, type } = await searchParams;
  const t = await getTranslations("requests");
  const locale = await currentLocale();

  if (org && isRequestType(type)) {
    const context = await getRequestFormContext(db, user.id, org, locale, type);
    if (!context) notFound();
    const required = context.requiredLevels[type];
    return (
      <>
        <h1>{t("new.formTitle", { type: t(`types.${type}`), organisation: context.organisation.name })}</h1>
        <p>
          {t(`typeArticles.${type}`)} · <Link href={`/my/requests/new?org=${encodeURIComponent(org)}`}>{t("new.changeChoice")}</Link>
        </p>
        {context.identityLevel < required && (
          <p className="notice-box">
            {t("form.levelNote", { required, current: context.identityLevel })} <Link href="/my/verify">{t("form.levelLink")}</Link>
          </p>
        )}
        {context.records.length === 0 && type !== "rectification" && type !== "consent_withdrawal" && (
          <p className="notice-box">
            {t("form.noRecordsNote")} <Link href="/my/verify">{t("form.levelLink")}</Link>
          </p>
        )}
        {context.duplicate && (
          <div className="notice-box" role="status">
            <h2>{t("duplicate.title")}</h2>
            <p>
              {t("duplicate.body", { type: t(`types.${type}`), reference: context.duplicate.reference, date: formatDate(context.duplicate.receivedOn, locale) })}{" "}
              <Link href={`/my/requests/${context.duplicate.id}`}>{t("duplicate.view", { reference: context.duplicate.reference })}</Link>
            </p>
          </div>
        )}
        <ClientMessages namespaces={[...PORTAL_FORM_MESSAGES, "requests", "dataCategories"]}>
          <RequestForm type={type} context={context} />
        </ClientMessages>
      </>
    );
  }

  const orgs = await listOrganisationsForSubject(db, user.id);
  return (
    <>
      <h1>{t("new.title")}</h1>
      <p className="lead">{t("new.intro")}</p>
      <form method="get" action="/my/requests/new">
        <div className="field">
          <label htmlFor="org">{t("new.organisation")}</label>
          <span id="org-hint" className="hint">{t("new.organisationHint")}</span>
          <select id="org" name="org" defaultValue={org ?? orgs[0]?.slug} aria-describedby="org-hint" required>
            {orgs.map((o) => (
              <option key={o.id} value={o.slug}>
                {o.name} ({t("new.linkedRecords", { count: o.linkedRecords })})
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("new.type")}</legend>
          {REQUEST_TYPES.map((rt, i) => (
            <div key={rt}>
              <input type="radio" id={`type-${rt}`} name="type" value={rt} defaultChecked={i === 0} aria-describedby={`type-${rt}-help`} />{" "}
              <label htmlFor={`type-${rt}`}>
                {t(`types.${rt}`)} ({t(`typeArticles.${rt}`)})
              </label>
              <br />
              <span id={`type-${rt}-help`} className="hint">{t(`typeHelp.${rt}`)}</span>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t("new.continue")}</button>
      </form>
    </>
  );
}
