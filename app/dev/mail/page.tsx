import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canOpenDevMailbox, listDevMailbox } from "@/lib/mail/dev-mailbox";
import { Pager, pageHref } from "@/app/_components/pager";

export const dynamic = "force-dynamic";

/**
 * The development mailbox: demo mode without SMTP_URL, loopback clients only (a 404 for everyone
 * else, production included), so a newcomer can click the sign-in link of the demo.
 */
export default async function DevMailPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  if (!(await canOpenDevMailbox())) notFound();
  const t = await getTranslations("devMailPage");
  const { cursor } = await searchParams;
  const page = await listDevMailbox({ cursor });
  const mails = page.rows;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <p>{t("expiry")}</p>
      {mails.length === 0 ? (
        !cursor && <p>{t("empty")}</p>
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
      <Pager page={page} kind="time" label={t("pages")} onFirstPage={!cursor} href={(c) => pageHref("/dev/mail", {}, "cursor", c)} />
    </>
  );
}
