"use client";
import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { previewTemplateAction, resetTemplateAction, saveTemplateAction } from "@/lib/admin/actions";
import { useErrorText } from "@/app/staff/_components/action-form";
import { templateOverrideSchema } from "@/lib/admin/schema";

type Rendered = { subject: string; text: string; html: string };

/**
 * Edit an email template override with a preview rendered by the server with sample values. Unknown
 * placeholders are listed and block saving (emails/index.ts validateTemplateOverride). The HTML preview
 * is shown in a sandboxed frame: no scripts, no navigation.
 */
export function TemplateEditor(props: {
  organisationId: string;
  template: string;
  locale: string;
  initialSubject: string;
  initialBody: string;
  overridden: boolean;
  initialPreview: Rendered | null;
}) {
  const t = useTranslations("adminTemplates");
  const errorText = useErrorText();
  const [subject, setSubject] = useState(props.initialSubject);
  const [body, setBody] = useState(props.initialBody);
  const [preview, setPreview] = useState<Rendered | null>(props.initialPreview);
  const [unknown, setUnknown] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [resetState, resetAction] = useActionState(resetTemplateAction, null);
  const values = () => ({ organisationId: props.organisationId, template: props.template, locale: props.locale, subject, body });

  /** The same zod schema as the server action, checked first so a blank field is caught at once. */
  const invalid = () => {
    const parsed = templateOverrideSchema.safeParse(values());
    if (parsed.success) return false;
    setMessage({ kind: "error", text: errorText(parsed.error.issues[0]?.message ?? "invalid_input") });
    return true;
  };
  const doPreview = () =>
    !invalid() &&
    start(async () => {
      const res = await previewTemplateAction(values());
      if (!res.ok) return setMessage({ kind: "error", text: errorText(res.fieldErrors?._form?.[0] ?? Object.values(res.fieldErrors ?? {})[0]?.[0] ?? res.code) });
      setUnknown(res.data?.unknown ?? []);
      setPreview(res.data?.rendered ?? null);
      setMessage(null);
    });
  const doSave = () =>
    !invalid() &&
    start(async () => {
      const res = await saveTemplateAction(values());
      if (!res.ok) return setMessage({ kind: "error", text: errorText(res.fieldErrors?._form?.[0] ?? Object.values(res.fieldErrors ?? {})[0]?.[0] ?? res.code) });
      setMessage({ kind: "ok", text: t("saved") });
    });

  return (
    <div>
      {message && (
        <p className={message.kind === "ok" ? "notice-box" : "form-error"} role={message.kind === "ok" ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <div className="field">
        <label htmlFor="tpl-subject">{t("subject")}</label>
        <input id="tpl-subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={300} />
      </div>
      <div className="field" style={{ maxWidth: "48rem" }}>
        <label htmlFor="tpl-body">{t("body")}</label>
        <span id="tpl-body-hint" className="hint">{t("bodyHint")}</span>
        <textarea id="tpl-body" rows={16} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="tpl-body-hint" maxLength={20000} />
      </div>
      {unknown.length > 0 && (
        <p className="form-error" role="alert">
          {t("unknown", { list: unknown.join(", ") })}
        </p>
      )}
      <p>
        <button type="button" className="secondary" onClick={doPreview} disabled={pending}>{t("preview")}</button>{" "}
        <button type="button" onClick={doSave} disabled={pending}>{t("save")}</button>
      </p>
      {props.overridden && (
        <form action={resetAction}>
          <input type="hidden" name="organisationId" value={props.organisationId} />
          <input type="hidden" name="template" value={props.template} />
          <input type="hidden" name="locale" value={props.locale} />
          {resetState?.ok && <p role="status" className="notice-box">{t("resetDone")}</p>}
          <button type="submit" className="secondary">{t("reset")}</button>
        </form>
      )}
      {preview && (
        <section aria-labelledby="preview-heading">
          <h3 id="preview-heading">{t("previewTitle")}</h3>
          <p>
            <strong>{t("subject")}:</strong> {preview.subject}
          </p>
          <pre className="mail">{preview.text}</pre>
          <iframe title={t("htmlPreview")} sandbox="" srcDoc={preview.html} style={{ width: "100%", height: "28rem", border: "1px solid #8a8a8a" }} />
        </section>
      )}
    </div>
  );
}
