import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { linkRecordsByEmail, listMyIdentity } from "@/lib/identity/queries";
import { ClientMessages, PORTAL_FORM_MESSAGES } from "@/app/_components/client-messages";
import { ClaimForm as Claim } from "./_components/claim-form";
import { ClientReferenceForm as ClientReference } from "./_components/client-reference-form";

const formMessages = [...PORTAL_FORM_MESSAGES, "portal.verify"] as const;
const ClaimForm = (props: React.ComponentProps<typeof Claim>) => (
  <ClientMessages namespaces={formMessages}>
    <Claim {...props} />
  </ClientMessages>
);
const ClientReferenceForm = () => (
  <ClientMessages namespaces={formMessages}>
    <ClientReference />
  </ClientMessages>
);

export const dynamic = "force-dynamic";

const OIDC_OUTCOMES = ["ok", "state", "denied", "failed", "unavailable"] as const;
type Props = { searchParams: Promise<{ oidc?: string; org?: string }> };

export async function generateMetadata() {
  const t = await getTranslations("portal.verify");
  return { title: t("title") };
}

/**
 * Identity (PRODUCT.md §4): the level reached with each association and the ways up — email match
 * (automatic), a claim staff confirm, a client reference (Art. 11), strong identification (OIDC), or
 * an ID check in person. No ID copies are ever asked for (LEGAL.md §2).
 */
export default async function VerifyPage({ searchParams }: Props) {
  const user = await requireUser();
  const db = await getDb();
  await linkRecordsByEmail(db, user);
  const orgs = await listMyIdentity(db, user.id);
  const t = await getTranslations("portal.verify");
  const { oidc } = await searchParams;
  const outcome = OIDC_OUTCOMES.find((o) => o === oidc);
  // A claim makes sense only where the account is not yet matched and no claim is waiting.
  const claimable = orgs.filter((o) => o.level < 2 && o.latestClaim?.status !== "pending");
  return (
    <>
      <h1>{t("title")}</h1>
      {outcome && (
        <p className={outcome === "ok" ? "notice-box" : "form-error"} role={outcome === "ok" ? "status" : "alert"}>
          {t(`oidcResult.${outcome}`)}
        </p>
      )}
      <p className="lead">{t("intro")}</p>
      <ul>
        {(["1", "2", "3"] as const).map((l) => <li key={l}>{t(`levels.${l}`)}</li>)}
      </ul>
      <p>{t("levelHelp")}</p>

      <ul className="cards">
        {orgs.map((o) => (
          <li key={o.id} className="card">
            <h2 style={{ marginTop: 0 }}>{o.name}</h2>
            <p>
              {t("yourLevel")}: <strong>{t(`levels.${o.level}`)}</strong>
              <br />
              {t(`methods.${o.method}`)} · {t("linkedRecords", { count: o.linkedRecords })}
            </p>
            {o.latestClaim && <p>{t(`claimStatus.${o.latestClaim.status}`)}</p>}
            {o.latestClaim?.status === "rejected" && o.latestClaim.rejectionReason && (
              <p style={{ whiteSpace: "pre-wrap" }}>{o.latestClaim.rejectionReason}</p>
            )}
            {o.oidcAvailable && o.level < 3 && (
              <p>
                {/* A route handler, not a page: a plain link, so nothing prefetches it. */}
                <a className="button" href={`/my/verify/oidc/${encodeURIComponent(o.slug)}/start`}>
                  {t("oidcStart", { organisation: o.name })}
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>

      <h2>{t("claimTitle")}</h2>
      <p>{t("claimIntro")}</p>
      {claimable.length > 0 && <ClaimForm organisations={claimable.map((o) => ({ id: o.id, name: o.name }))} defaultName={user.name ?? ""} />}

      <h2>{t("clientRefTitle")}</h2>
      <p>{t("clientRefIntro")}</p>
      <ClientReferenceForm />

      <h2>{t("oidcTitle")}</h2>
      <p>{t("oidcIntro")}</p>
      <p>{t("inPerson")}</p>
    </>
  );
}
