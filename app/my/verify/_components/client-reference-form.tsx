"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { clientReferenceSchema, type ClientReferenceInput } from "@/lib/identity/schema";
import { linkClientReference } from "@/lib/identity/actions";
import { FormError, TextField } from "@/app/my/_components/form-fields";

/** An anonymous client's reference and password from staff (Art. 11, LEGAL.md §2). */
export function ClientReferenceForm() {
  const t = useTranslations("portal.verify");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [linked, setLinked] = useState(false);
  const form = useForm<ClientReferenceInput>({ resolver: zodResolver(clientReferenceSchema), defaultValues: { reference: "", secret: "" } });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      setFormError(undefined);
      setLinked(false);
      const res = await linkClientReference(values);
      if (!res.ok) {
        for (const [path, msgs] of Object.entries(res.fieldErrors ?? {})) form.setError(path as keyof ClientReferenceInput, { type: "server", message: msgs[0] });
        if (!res.fieldErrors) setFormError(res.code);
        return;
      }
      form.reset();
      setLinked(true);
      router.refresh();
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} />
      {linked && <p className="notice-box" role="status">{t("clientRefLinked")}</p>}
      <TextField id="client-ref" label={t("reference")} hint={t("referenceHint")} error={e.reference?.message} required autoComplete="off" registration={form.register("reference")} />
      <TextField id="client-secret" label={t("secret")} type="password" error={e.secret?.message} required autoComplete="current-password" registration={form.register("secret")} />
      <button type="submit" disabled={pending}>{t("clientRefSubmit")}</button>
    </form>
  );
}
