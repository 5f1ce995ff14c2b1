"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { newCopySchema, type NewCopyInput } from "@/lib/requests/schema";
import { askNewCopy } from "@/lib/requests/actions";
import { FormError } from "@/app/my/_components/form-fields";

/** "Download expired — ask for a new copy": free, on the same request (issue 11 item 8). */
export function NewCopyButton({ requestId }: { requestId: string }) {
  const t = useTranslations("portal.request");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [asked, setAsked] = useState(false);
  const form = useForm<NewCopyInput>({ resolver: zodResolver(newCopySchema), defaultValues: { requestId } });
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      const res = await askNewCopy(values);
      if (!res.ok) {
        setFormError(res.code);
        return;
      }
      setAsked(true);
      router.refresh();
    }),
  );
  if (asked) return <p role="status">{t("newCopyAsked")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} />
      <p className="hint">{t("newCopyHelp")}</p>
      <input type="hidden" {...form.register("requestId")} />
      <button type="submit" disabled={pending}>
        {t("newCopyButton")}
      </button>
    </form>
  );
}
