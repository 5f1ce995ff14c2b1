import { getTranslations } from "next-intl/server";
import { listOrganisations } from "@/lib/organisations/queries";
import { ClientMessages, FIELD_MESSAGES } from "@/app/_components/client-messages";
import { FeedbackForm } from "./_components/feedback-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("accessibilityPage");
  return { title: t("title") };
}

const SITES: Record<string, string> = {
  "www.saavutettavuusvaatimukset.fi": "https://www.saavutettavuusvaatimukset.fi",
  "www.tillganglighetskrav.fi": "https://www.tillganglighetskrav.fi",
  "www.webaccessibility.fi": "https://www.webaccessibility.fi",
};

/**
 * The accessibility statement required by the Act on the Provision of Digital Services (306/2019,
 * s. 15): an honest status with the known gaps, how it was assessed, a feedback channel of its own
 * and the enforcement procedure.
 */
export default async function AccessibilityPage() {
  const t = await getTranslations("accessibilityPage");
  const organisations = await listOrganisations();
  const contact = t.raw("authorityContact") as string[];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("statusTitle")}</h2>
      <p>{t("status")}</p>
      <h3>{t("gapsTitle")}</h3>
      <ul>
        {(t.raw("gaps") as string[]).map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      <h2>{t("assessedTitle")}</h2>
      <p>{t("assessed")}</p>
      <h2 id="feedback">{t("feedbackTitle")}</h2>
      <p>{t("feedback")}</p>
      <ClientMessages namespaces={[...FIELD_MESSAGES, "accessibilityPage"]}>
        <FeedbackForm organisations={organisations.map((o) => ({ id: o.id, name: o.name }))} />
      </ClientMessages>
      <h2>{t("authorityTitle")}</h2>
      <p>{t("authority")}</p>
      <h3>{t("authorityContactTitle")}</h3>
      <address>
        {contact.map((line, i) => (
          <span key={line}>
            {SITES[line] ? <a href={SITES[line]}>{line}</a> : line.includes("@") ? <a href={`mailto:${line}`}>{line}</a> : line}
            {i < contact.length - 1 && <br />}
          </span>
        ))}
      </address>
      <p>{t("date")}</p>
    </>
  );
}
