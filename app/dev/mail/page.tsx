import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isDevMailbox } from "@/lib/mail/transport";
import { listDevMailbox } from "@/lib/mail/dev-mailbox";

export const dynamic = "force-dynamic";

/** The development mailbox: only when no SMTP_URL is set, so a new user can click the sign-in link. */
export default async function DevMailPage() {
  const t = await getTranslations("devMailPage");
  if (!isDevMailbox()) return <><h1>{t("title")}</h1><p>{t("disabled")}</p></>;
  const mails = await listDevMailbox(100);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">{t("sentAt")}</th><th scope="col">{t("to")}</th><th scope="col">{t("subject")}</th></tr>
          </thead>
          <tbody>
            {mails.map((m) => (
              <tr key={m.id}>
                <td>{m.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td>{m.toAddress}</td>
                <td><Link href={`/dev/mail/${m.id}`}>{m.subject}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
