"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { subjectMessageSchema, type SubjectMessageInput } from "@/lib/requests/schema";
import { sendSubjectMessage } from "@/lib/requests/actions";
import { FormError, TextArea } from "@/app/my/_components/form-fields";

/** The subject writes to the handler; the thread above refreshes after sending. */
export function MessageForm({ requestId }: { requestId: string }) {
  const t = useTranslations("portal.request");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const form = useForm<SubjectMessageInput>({ resolver: zodResolver(subjectMessageSchema), defaultValues: { requestId, body: "" } });
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      setSent(false);
      setFormError(undefined);
      const res = await sendSubjectMessage(values);
      if (!res.ok) {
        const msg = res.fieldErrors?.body?.[0];
        if (msg) form.setError("body", { type: "server", message: msg });
        else setFormError(res.code);
        return;
      }
      form.reset({ requestId, body: "" });
      setSent(true);
      router.refresh();
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} />
      <TextArea id="message-body" label={t("message")} hint={t("messageHint")} error={form.formState.errors.body?.message} required registration={form.register("body")} />
      <button type="submit" disabled={pending}>{pending ? t("sending") : t("send")}</button>
      {sent && <p role="status">{t("sent")}</p>}
    </form>
  );
}
