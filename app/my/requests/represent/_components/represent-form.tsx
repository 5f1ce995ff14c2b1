"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { representativeFilingSchema, type RepresentativeFilingInput } from "@/lib/representatives/schema";
import { UPLOAD_HEADER } from "@/lib/representatives/constants";
import { CheckboxGroup, FormError, HintAndError, RadioGroup, TextArea, TextField, describe, type Option } from "@/app/my/_components/form-fields";

type Org = { id: string; name: string; registers: Array<{ id: string; name: string }> };

/**
 * The representative's form: react-hook-form with the same zod schema as the server; the document is
 * sent with the fields as multipart to /api/my/representations (the server checks its bytes, size and
 * type again — the browser's checks only save a round trip). Field errors from the server land on
 * their fields; nothing is stored when anything is refused.
 */
export function RepresentForm({ organisations, roles, maxMegabytes }: { organisations: Org[]; roles: Option[]; maxMegabytes: number }) {
  const t = useTranslations("representation");
  const tr = useTranslations("requests");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [documentError, setDocumentError] = useState<string>();
  const fileRef = useRef<HTMLInputElement>(null);
  const first = organisations[0];
  const form = useForm<RepresentativeFilingInput>({
    resolver: zodResolver(representativeFilingSchema),
    defaultValues: { organisationId: first?.id ?? "", role: undefined, representedName: "", representedBirthDate: "", representedIdentityCode: "", registerIds: first?.registers.map((r) => r.id) ?? [], formats: ["pdf"], note: "" },
  });
  const orgId = form.watch("organisationId");
  const org = organisations.find((o) => o.id === orgId);
  const e = form.formState.errors;

  const checkFile = (): File | null => {
    const file = fileRef.current?.files?.[0];
    if (!file) return setDocumentError("document_required"), null;
    if (file.size > maxMegabytes * 1024 * 1024) return setDocumentError("document_too_large"), null;
    setDocumentError(undefined);
    return file;
  };

  const onSubmit = form.handleSubmit(
    (values) => {
      const file = checkFile();
      if (!file) return;
      startTransition(async () => {
        setFormError(undefined);
        const body = new FormData();
        for (const [k, v] of Object.entries(values)) {
          if (Array.isArray(v)) v.forEach((x) => body.append(k, String(x)));
          else if (v !== undefined && v !== null) body.append(k, String(v));
        }
        body.append("document", file);
        let res: Response;
        try {
          res = await fetch("/api/my/representations", { method: "POST", body, headers: { [UPLOAD_HEADER]: "1" } });
        } catch {
          setFormError("unavailable");
          return;
        }
        const json = (await res.json().catch(() => ({ ok: false, code: "internal" }))) as { ok: boolean; code?: string; fieldErrors?: Record<string, string[]>; data?: { id: string } };
        if (json.ok && json.data) {
          router.push(`/my/requests/${json.data.id}?filed=1`);
          return;
        }
        const fieldErrors = json.fieldErrors ?? {};
        for (const [path, messages] of Object.entries(fieldErrors)) {
          if (path === "document") setDocumentError(messages[0]);
          else form.setError(path as Path<RepresentativeFilingInput>, { type: "server", message: messages[0] });
        }
        if (Object.keys(fieldErrors).length === 0) setFormError(json.code ?? "internal");
      });
    },
    () => checkFile(),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} />
      <div className="field">
        <label htmlFor="organisationId">{tr("new.organisation")}</label>
        <HintAndError id="organisationId" error={e.organisationId?.message} />
        <select
          id="organisationId"
          aria-describedby={describe("organisationId", undefined, e.organisationId?.message)}
          {...form.register("organisationId", {
            onChange: (ev) => form.setValue("registerIds", organisations.find((o) => o.id === ev.target.value)?.registers.map((r) => r.id) ?? []),
          })}
        >
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <RadioGroup id="role" legend={t("role")} options={roles} error={e.role?.message} registration={form.register("role")} />
      <TextField id="representedName" label={t("representedName")} hint={t("representedNameHint")} required error={e.representedName?.message} registration={form.register("representedName")} />
      <TextField id="representedBirthDate" type="date" label={t("representedBirthDate")} required error={e.representedBirthDate?.message} registration={form.register("representedBirthDate")} />
      <TextField
        id="representedIdentityCode"
        label={`${t("representedIdentityCode")} ${tr("form.optional")}`}
        hint={t("representedIdentityCodeHint")}
        error={e.representedIdentityCode?.message}
        registration={form.register("representedIdentityCode")}
      />
      <CheckboxGroup control={form.control} name="registerIds" legend={tr("form.registers")} hint={tr("form.registersHint")} options={(org?.registers ?? []).map((r) => ({ value: r.id, label: r.name }))} error={e.registerIds?.message} />
      <CheckboxGroup
        control={form.control}
        name="formats"
        legend={tr("form.formats")}
        hint={tr("form.formatsHint")}
        options={(["pdf", "json"] as const).map((f) => ({ value: f, label: tr(`form.format.${f}`) }))}
        error={e.formats?.message}
      />
      <div className="field">
        <label htmlFor="document">{t("document")}</label>
        <HintAndError id="document" hint={t("documentHint", { max: maxMegabytes })} error={documentError} />
        <input
          ref={fileRef}
          id="document"
          name="document"
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          aria-required
          aria-invalid={documentError ? "true" : undefined}
          aria-describedby={describe("document", "hint", documentError)}
          onChange={() => setDocumentError(undefined)}
        />
      </div>
      <TextArea id="note" label={`${tr("form.note")} ${tr("form.optional")}`} hint={tr("form.noteHint")} error={e.note?.message} registration={form.register("note")} />
      <button type="submit" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
