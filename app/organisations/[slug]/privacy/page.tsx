import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getOrganisationWithRegisters } from "@/lib/organisations/queries";
import type { Locale } from "@/lib/db/types";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/emails/labels";
import { noticeIn, noticeLanguages } from "@/lib/notice-import/languages";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("notice");
  const data = await getOrganisationWithRegisters((await params).slug);
  return { title: data ? `${t("title")}: ${data.org.name}` : t("title") };
}

function List({ items }: { items: string[] }) {
  if (!items.length) return null;
  return <ul>{items.map((i, n) => <li key={n}>{i}</li>)}</ul>;
}

/** The public privacy notice (Art. 13/14), rendered from the register description in the reader's language. */
export default async function PrivacyNoticePage({ params }: Props) {
  const { slug } = await params;
  const data = await getOrganisationWithRegisters(slug);
  if (!data) notFound();
  const t = await getTranslations("notice");
  const current = await getLocale();
  const locale: Locale = isLocale(current) ? current : "fi";
  const { org } = data;
  return (
    <>
      <h1>{t("title")}: {org.name}</h1>
      <p>{t("otherLanguages")}</p>
      <h2>{t("controller")}</h2>
      <p>
        {org.name}
        <br />
        {org.streetAddress}, {org.postalCode} {org.city}
        {org.phone && <><br />{org.phone}</>}
        {org.businessId && <><br />{t("businessId")}: {org.businessId}</>}
      </p>
      <h2>{t("contact")}</h2>
      <p>
        {org.contactName}
        {org.contactAddress && <><br />{org.contactAddress}</>}
        <br />
        <a href={`mailto:${org.contactEmail}`}>{org.contactEmail}</a>
        {org.contactPhone && <><br />{org.contactPhone}</>}
      </p>
      {org.dpoName && (
        <>
          <h2>{t("dpo")}</h2>
          <p>
            {org.dpoName}
            {org.dpoEmail && <><br /><a href={`mailto:${org.dpoEmail}`}>{org.dpoEmail}</a></>}
          </p>
        </>
      )}
      {data.registers.map((r) => {
        // An imported notice exists in one language until the others are written: say which, never show an empty one.
        const { notice: n, locale: shown } = noticeIn(r.notice, locale);
        const languages = noticeLanguages(r.notice);
        return (
          <section key={r.id} aria-labelledby={`reg-${r.id}`} lang={shown === locale ? undefined : shown}>
            <h2 id={`reg-${r.id}`}>{t("registerName")}: {n.name}</h2>
            {languages.length > 0 && languages.length < 3 && (
              <p lang={locale}>
                {t("availableIn", { languages: languages.map((l) => t(`langName.${l}`)).join(", ") })}
                {shown !== locale && <> {t("notInYourLanguage", { language: t(`langName.${shown}`) })}</>}
              </p>
            )}
            <h3>{t("purposes")}</h3>
            <List items={n.purposes} />
            <h3>{t("legalBasis")}</h3>
            <p>{n.legalBasis}</p>
            <h3>{t("subjectGroups")}</h3>
            <List items={n.subjectGroups.map((g) => g.label)} />
            <h3>{t("dataCategories")}</h3>
            <ul>
              {n.dataCategories.map((c) => (
                <li key={c.code}>
                  {c.label}
                  {c.description && <> – {c.description}</>}
                  {c.special && <> <span className="special">({t("specialCategory")})</span></>}
                </li>
              ))}
            </ul>
            <h3>{t("sources")}</h3>
            <List items={n.sources} />
            <h3>{t("recipients")}</h3>
            <List items={n.recipients} />
            {n.processors.length > 0 && (
              <>
                <h3>{t("processors")}</h3>
                <ul>{n.processors.map((p) => <li key={p.name}><strong>{p.name}</strong>: {p.service}</li>)}</ul>
              </>
            )}
            <h3>{t("transfers")}</h3>
            <p>{n.transfers}</p>
            <h3>{t("automatedDecisions")}</h3>
            <p>{n.automatedDecisions?.trim() || t("automatedNone")}</p>
            <h3>{t("retention")}</h3>
            <p>{n.retention}</p>
            <h3>{t("security")}</h3>
            <List items={n.security} />
            <h3>{t("rights")}</h3>
            <List items={n.rights} />
            <h3>{t("contactUs")}</h3>
            <p>{n.contact}</p>
            <h3>{t("changes")}</h3>
            <p>{n.changes}</p>
            {n.extra?.map((s, i) => (
              <div key={i}>
                {s.heading && <h3>{s.heading}</h3>}
                {s.paragraphs?.map((p, j) => <p key={j}>{p}</p>)}
                <List items={s.items ?? []} />
              </div>
            ))}
            {r.version ? (
              <p className="hint">{t("versionInForce", { version: r.version.number, date: formatDate(r.version.inForceFrom, locale) })}</p>
            ) : (
              r.noticeDate && <p>{t("noticeDate", { date: formatDate(r.noticeDate, locale) })}</p>
            )}
          </section>
        );
      })}
      <h2>{t("complaintTitle")}</h2>
      <p>{t("complaintText")}</p>
      <p><Link href="/complaint">{t("complaintLink")}</Link></p>
      <p><Link href="/sign-in" className="button">{t("useRights")}</Link></p>
    </>
  );
}
