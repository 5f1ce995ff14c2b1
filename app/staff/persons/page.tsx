import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TemporaryCodeBadge } from "../_components/temporary-code-badge";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { listOrgRegisters, listPersons } from "@/lib/persons/queries";
import { Pager } from "@/app/_components/pager";
import { personSearchSchema } from "@/lib/persons/schema";
import { StaffNav } from "../_components/staff-nav";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPersons");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The organisation's person records: search (GET form, works without JavaScript), keyset pages. */
export default async function PersonsPage({ searchParams }: Props) {
  const user = await requireStaff();
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const search = personSearchSchema.parse(flat);
  const db = await getDb();
  const [page, regs] = await Promise.all([listPersons(db, user, search), listOrgRegisters(db, user)]);
  const t = await getTranslations("staffPersons");
  const locale = (await getLocale()) as Locale;
  const regName = new Map(regs.map((r) => [r.id, r.notice[locale]?.name ?? r.notice.fi.name]));
  const qs = (cursor?: string) => {
    const p = new URLSearchParams();
    if (search.q) p.set("q", search.q);
    if (search.register) p.set("register", search.register);
    if (search.list !== "all") p.set("list", search.list);
    if (cursor) p.set("cursor", cursor);
    return p.toString() ? `?${p}` : "";
  };
  return (
    <>
      <StaffNav current="persons" admin={user.role === "admin"} />
      <h1>{t("title")}</h1>
      <p>
        <Link href="/staff/persons/new" className="button">{t("new")}</Link>{" "}
        <Link href="/staff/persons/import" className="button secondary">{t("import")}</Link>
      </p>
      <form method="get" action="/staff/persons" aria-labelledby="person-search-heading">
        <h2 id="person-search-heading">{t("search")}</h2>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0 1.5rem" }}>
          <div className="field">
            <label htmlFor="p-q">{t("query")}</label>
            <span id="p-q-hint" className="hint">{t("queryHint")}</span>
            <input id="p-q" name="q" defaultValue={search.q ?? ""} aria-describedby="p-q-hint" maxLength={100} />
          </div>
          {regs.length > 1 && (
            <div className="field">
              <label htmlFor="p-register">{t("register")}</label>
              <select id="p-register" name="register" defaultValue={search.register ?? ""}>
                <option value="">{t("allRegisters")}</option>
                {regs.map((r) => (
                  <option key={r.id} value={r.id}>{regName.get(r.id)}</option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="p-list">{t("list")}</label>
            <select id="p-list" name="list" defaultValue={search.list}>
              <option value="all">{t("listAll")}</option>
              <option value="restricted">{t("listRestricted")}</option>
              <option value="marketing">{t("listMarketing")}</option>
            </select>
          </div>
        </div>
        <button type="submit">{t("searchSubmit")}</button>
      </form>
      {search.list === "marketing" && <p className="notice-box">{t("marketingHelp")}</p>}
      <h2 id="persons-results">{t("results")}</h2>
      {page.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="stack-table" aria-labelledby="persons-results">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("birthYear")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("register")}</th>
              <th scope="col">{t("flags")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((p) => (
              <tr key={p.id}>
                <td data-label={t("name")}>
                  <Link href={`/staff/persons/${p.id}`}>
                    {p.anonymisedAt ? t("anonymised") : [p.lastName, p.firstName].filter(Boolean).join(", ") || t("noName")}
                  </Link>
                </td>
                <td data-label={t("birthYear")}>{p.birthYear ?? "–"}</td>
                <td data-label={t("email")}>{p.email ?? "–"}</td>
                <td data-label={t("register")}>{regName.get(p.registerId)}</td>
                <td data-label={t("flags")}>
                  {p.restricted && <span className="badge badge-amber">{t("restricted")}</span>}{" "}
                  {p.identityCodeTemporary && <TemporaryCodeBadge />}{" "}
                  {p.directMarketingBan && <span className="badge badge-green">{t("marketingBan")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} kind="alpha" label={t("pages")} onFirstPage={!search.cursor} href={(c) => `/staff/persons${qs(c ?? undefined)}`} />
    </>
  );
}
