"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { identityClaimSchema, type IdentityClaimInput } from "@/lib/identity/schema";
import { submitClaim } from "@/lib/identity/actions";
import { describe, FormError, HintAndError, TextField } from "@/app/my/_components/form-fields";

/**
 * Level-2 claim: birth date and/or identity code, checked in the browser and again on the server
 * with the same schema (checksum, century signs, real date: LEGAL.md §5), then confirmed by staff.
 */
export function ClaimForm({ organisations, defaultName }: { organisations: Array<{ id: string; name: string }>; defaultName: string }) {
  const t = useTranslations("portal.verify");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const form = useForm<IdentityClaimInput>({
    resolver: zodResolver(identityClaimSchema),
    defaultValues: { organisationId: organisations[0]?.id, fullName: defaultName, birthDate: "", identityCode: "" },
  });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      setFormError(undefined);
      const res = await submitClaim(values);
      if (!res.ok) {
        for (const [path, msgs] of Object.entries(res.fieldErrors ?? {})) form.setError(path as keyof IdentityClaimInput, { type: "server", message: msgs[0] });
        if (res.code === "conflict") form.setError("organisationId", { type: "server", message: "conflict" });
        else if (!res.fieldErrors) setFormError(res.code);
        return;
      }
      setSent(true);
      form.reset({ ...values, identityCode: "" });
      router.refresh();
    }),
  );
  const orgErr = e.organisationId?.message;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} />
      {sent && <p className="notice-box" role="status">{t("claimSent")}</p>}
      <div className="field">
        <label htmlFor="claim-org">{t("claimOrganisation")}</label>
        <HintAndError id="claim-org" error={orgErr} />
        <select id="claim-org" aria-invalid={orgErr ? "true" : undefined} aria-describedby={describe("claim-org", undefined, orgErr)} {...form.register("organisationId")}>
          {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <TextField id="claim-name" label={t("fullName")} hint={t("fullNameHint")} error={e.fullName?.message} required autoComplete="name" registration={form.register("fullName")} />
      <TextField id="claim-birth" label={t("birthDate")} hint={t("birthDateHint")} error={e.birthDate?.message} autoComplete="bday" registration={form.register("birthDate")} />
      <TextField id="claim-code" label={t("identityCode")} hint={t("identityCodeHint")} error={e.identityCode?.message} autoComplete="off" registration={form.register("identityCode")} />
      <button type="submit" disabled={pending}>{t("claimSubmit")}</button>
    </form>
  );
}
