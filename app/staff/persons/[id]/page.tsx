import Link from "next/link";
import { isUuid } from "@/lib/validation/ids";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { ActionError } from "@/lib/errors";
import { getPerson } from "@/lib/persons/queries";
import { Pager, pageHref } from "@/app/_components/pager";
import { labelFor, type LabelKind } from "@/lib/i18n/labels";
import { StaffNav } from "../../_components/staff-nav";
import { RestrictionLifting } from "../../_components/restriction-lifting";
import { showDate } from "../../_components/format";
import { TemporaryCodeBadge } from "../../_components/temporary-code-badge";
import { ClientReferenceLock } from "../_components/client-reference-lock";
import { ClientReferenceSection } from "../_components/client-reference-section";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPersons");
  return { title: t("recordTitle") };
}

const FIELDS = [
  "firstName", "lastName", "birthDate", "birthYear", "gender", "motherTongue", "serviceLanguage", "workingLifeStatus",
  "email", "phone", "streetAddress", "postalCode", "city", "relationshipStart", "relationshipEnd", "relationshipState",
] as const;
const DATE_FIELDS = new Set<string>(["birthDate", "relationshipStart", "relationshipEnd"]);
/** Fields that hold a code: shown by their label (issue 12). */
const CODE_FIELDS: Partial<Record<(typeof FIELDS)[number], LabelKind>> = {
  gender: "gender",
  motherTongue: "language",
  serviceLanguage: "locale",
  workingLifeStatus: "workingLifeStatus",
  relationshipState: "relationshipState",
};

/**
 * One person record (PRODUCT.md §2). Restricted records (Art. 18) show a banner and no edit link;
 * special-category notes appear only for members allowed to read them, and their reading is audited.
 */
export default async function PersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notes?: string | string[] }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const user = await requireStaff();
  const raw = (await searchParams).notes;
  const notesCursor = Array.isArray(raw) ? raw[0] : raw;
  let data;
  try {
    data = await getPerson(await getDb(), user, id, { notesCursor });
  } catch (e) {
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("staffPersons");
  const l = await getTranslations("staffLabels");
  const locale = (await getLocale()) as Locale;
  const p = data.person;
  const name = [p.firstName, p.lastName].filter(Boolean).join(" ");
  const notice = data.register?.notice[locale] ?? data.register?.notice.fi;
  const subjectGroupLabel = (g: string) => notice?.subjectGroups.find((s) => s.code === g)?.label ?? labelFor(locale, "subjectGroup", g);
  return (
    <>
      <StaffNav current="persons" admin={user.role === "admin"} />
      <p><Link href="/staff/persons">{t("back")}</Link></p>
      <h1>{p.anonymisedAt ? t("anonymised") : name || t("noName")}</h1>
      {p.identityCodeTemporary && (
        <p>
          <TemporaryCodeBadge /> <span className="hint">{l("temporaryIdentityCodeHint")}</span>
        </p>
      )}
      {p.restricted && (
        <p className="notice-box" role="status" style={{ borderLeftColor: "#7a4a00" }}>
          <strong>{t("restrictedBannerTitle")}</strong> {t("restrictedBanner")}{" "}
          {p.restrictionGround && <>({l(`restrictionGround.${p.restrictionGround}` as never)}, {showDate(p.restrictedAt, locale)})</>}
        </p>
      )}
      {p.anonymisedAt && <p className="notice-box">{t("anonymisedBanner")}</p>}
      <p>
        {!p.restricted && !p.anonymisedAt && (
          <>
            <Link href={`/staff/persons/${id}/edit`} className="button">{t("edit")}</Link>{" "}
          </>
        )}
        {!p.anonymisedAt && <Link href={`/staff/intake?person=${id}`} className="button secondary">{t("fileRequest")}</Link>}
      </p>
      <h2>{t("basics")}</h2>
      <dl className="facts">
        <dt>{t("register")}</dt>
        <dd>{data.register?.notice[locale]?.name ?? data.register?.notice.fi.name}</dd>
        {FIELDS.map((f) =>
          p[f] !== null && p[f] !== "" ? (
            <div key={f} style={{ display: "contents" }}>
              <dt>{t(`field.${f}`)}</dt>
              <dd>{DATE_FIELDS.has(f) ? showDate(String(p[f]), locale) : CODE_FIELDS[f] ? labelFor(locale, CODE_FIELDS[f], String(p[f])) : String(p[f])}</dd>
            </div>
          ) : null,
        )}
        {p.identityCodeMasked && (
          <>
            <dt>{t("field.identityCode")}</dt>
            <dd>
              {p.identityCodeMasked}
              {p.identityCodeTemporary && (
                <>
                  {" "}
                  <TemporaryCodeBadge />
                </>
              )}
            </dd>
          </>
        )}
        {p.clientReference && (
          <>
            <dt>{t("clientReference")}</dt>
            <dd>
              {p.clientReference}
              {p.clientReferenceLockedAt ? (
                <ClientReferenceLock personId={p.id} text={t("clientReferenceLocked", { date: showDate(p.clientReferenceLockedAt, locale) })} />
              ) : p.clientSecretFailures > 0 ? (
                <span className="hint"> – {t("clientReferenceFailures", { count: p.clientSecretFailures })}</span>
              ) : null}
            </dd>
          </>
        )}
        <dt>{t("field.subjectGroups")}</dt>
        <dd>{p.subjectGroups.length ? p.subjectGroups.map((g) => subjectGroupLabel(g)).join(", ") : "–"}</dd>
        <dt>{t("bans")}</dt>
        <dd>
          {[p.directMarketingBan && t("field.directMarketingBan"), p.researchBan && t("field.researchBan"), p.profilingBan && t("field.profilingBan")].filter(Boolean).join(", ") || "–"}
        </dd>
        <dt>{t("account")}</dt>
        <dd>{p.userId ? t("linked") : t("notLinked")}</dd>
      </dl>

      {p.restricted && <RestrictionLifting personId={p.id} />}
      {!p.anonymisedAt && (
        <ClientReferenceSection personId={p.id} hasReference={Boolean(p.clientReference)} linked={Boolean(p.userId)} serviceLanguage={p.serviceLanguage} staffLocale={locale} />
      )}

      <h2>{t("consents")}</h2>
      {data.consents.length === 0 ? <p>–</p> : (
        <ul>
          {data.consents.map((c) => (
            <li key={c.id}>
              <strong>{labelFor(locale, "consentPurpose", c.purpose)}</strong>: {c.description}{c.method && ` (${labelFor(locale, "consentMethod", c.method)})`} – {t("given", { date: showDate(c.givenAt, locale) })}
              {c.withdrawnAt && <> – <strong>{t("withdrawn", { date: showDate(c.withdrawnAt, locale) })}</strong></>}
            </li>
          ))}
        </ul>
      )}

      <h2 id="notes">{t("notes")}</h2>
      <Pager page={data.notePages} kind="thread" label={t("notePages")} onFirstPage={!notesCursor} href={(c) => pageHref(`/staff/persons/${id}`, {}, "notes", c, "notes")} />
      {data.hiddenSpecial > 0 && <p className="notice-box">{t("hiddenSpecial", { count: data.hiddenSpecial })}</p>}
      {data.canReadSpecial && data.notes.some((n) => n.special) && <p className="hint">{t("specialAudited")}</p>}
      {data.notes.length === 0 ? <p>–</p> : (
        <ul>
          {data.notes.map((n) => (
            <li key={n.id}>
              <strong>{showDate(n.writtenAt, locale)} · {n.topic}</strong>
              {n.special && <span className="special"> ({t("special")})</span>}
              <span className="hint"> – {l(`noteSource.${n.source}`)}{n.sourceDetail && `: ${n.sourceDetail}`}</span>
              <p style={{ whiteSpace: "pre-wrap", marginTop: 0 }}>{n.body}</p>
            </li>
          ))}
        </ul>
      )}

      <h2>{t("events")}</h2>
      {data.events.length === 0 ? <p>–</p> : (
        <ul>
          {data.events.map((e) => (
            <li key={e.id}>{showDate(e.eventDate, locale)} {e.eventName}{e.dietaryNeeds && <> – {t("diet")}: {e.dietaryNeeds}</>}</li>
          ))}
        </ul>
      )}
      <h2>{t("media")}</h2>
      {data.media.length === 0 ? <p>–</p> : (
        <ul>
          {data.media.map((m) => (
            <li key={m.id}>{showDate(m.capturedAt, locale)} {t(`mediaKind.${m.kind}`)}: {m.description}{m.location && ` (${m.location})`}</li>
          ))}
        </ul>
      )}
      <h2>{t("contacts")}</h2>
      {data.contacts.length === 0 ? <p>–</p> : (
        <ul>
          {data.contacts.map((c) => (
            <li key={c.id}>{showDate(c.occurredAt, locale)} {labelFor(locale, "contactChannel", c.channel)}{c.campaign && ` / ${c.campaign}`}: {c.summary}</li>
          ))}
        </ul>
      )}
      <h2>{t("feedback")}</h2>
      {data.feedback.length === 0 ? <p>–</p> : (
        <ul>
          {data.feedback.map((f) => (
            <li key={f.id}>{showDate(f.givenAt, locale)}{f.rating !== null && ` (${f.rating}/5)`}: {f.body}</li>
          ))}
        </ul>
      )}
      <h2>{t("requests")}</h2>
      {data.requests.length === 0 ? <p>–</p> : (
        <ul>
          {data.requests.map((r) => (
            <li key={r.id}>
              <Link href={`/staff/requests/${r.id}`}>{r.reference}</Link> – {l(`type.${r.type}`)} ({l(`status.${r.status}`)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
