import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/ids";
import { getTranslations } from "next-intl/server";
import { canOpenDevMailbox, getDevMail } from "@/lib/mail/dev-mailbox";

export const dynamic = "force-dynamic";

/** One stored message, as plain text with its links clickable (the HTML is not rendered: no injection). */
export default async function DevMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await canOpenDevMailbox())) notFound();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const mail = await getDevMail(id);
  if (!mail) notFound();
  const t = await getTranslations("devMailPage");
  const parts = (mail.text ?? "").split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      <h1>{mail.subject}</h1>
      <dl className="facts">
        <dt>{t("to")}</dt><dd>{mail.toAddress}</dd>
        <dt>{t("sentAt")}</dt><dd>{mail.createdAt.toISOString()}</dd>
      </dl>
      <pre className="mail">
        {parts.map((p, i) => (/^https?:\/\//.test(p) ? <a key={i} href={p}>{p}</a> : <span key={i}>{p}</span>))}
      </pre>
    </>
  );
}
