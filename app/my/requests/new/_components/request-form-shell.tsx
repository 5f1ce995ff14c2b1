"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/emails/labels";
import type { Locale } from "@/lib/db/types";
import type { RequestTypeCode } from "@/lib/db/types";
import { FormError } from "@/app/my/_components/form-fields";

type Props = {
  type: RequestTypeCode;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  formError?: string;
  /** With the filing limit's "rate_limited": when the next filing is accepted. */
  retryAfterMinutes?: number;
  duplicate: { id: string; reference: string; receivedOn: string } | null;
  onFileAnyway: () => void;
  onDismiss: () => void;
  children: React.ReactNode;
};

/** The common frame of every request form: errors, the duplicate warning and the submit button. */
export function RequestFormShell({ type, onSubmit, pending, formError, retryAfterMinutes, duplicate, onFileAnyway, onDismiss, children }: Props) {
  const t = useTranslations("requests");
  const locale = useLocale() as Locale;
  const dupRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (duplicate) dupRef.current?.focus();
  }, [duplicate]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} retryAfterMinutes={retryAfterMinutes} />
      {children}
      {duplicate ? (
        <div ref={dupRef} tabIndex={-1} className="notice-box" role="alertdialog" aria-labelledby="dup-title" aria-describedby="dup-body">
          <h2 id="dup-title">{t("duplicate.title")}</h2>
          <p id="dup-body">
            {t("duplicate.body", {
              type: t(`types.${type}`),
              reference: duplicate.reference,
              date: formatDate(duplicate.receivedOn, locale),
            })}
          </p>
          <p>{t("duplicate.hint")}</p>
          <p style={{ display: "flex", gap: "1rem", flexWrap: "wrap" }}>
            <Link className="button secondary" href={`/my/requests/${duplicate.id}`}>
              {t("duplicate.view", { reference: duplicate.reference })}
            </Link>
            <button type="button" onClick={onFileAnyway} disabled={pending}>
              {t("duplicate.fileAnyway")}
            </button>
            <button type="button" className="secondary" onClick={onDismiss}>
              {t("duplicate.cancel")}
            </button>
          </p>
        </div>
      ) : (
        <button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? t("form.submitting") : t("form.submit")}
        </button>
      )}
    </form>
  );
}
