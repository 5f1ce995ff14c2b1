"use client";
import { useTranslations } from "next-intl";

/** A labelled input with hint and translated error, wired with aria-describedby (WCAG 3.3.1/3.3.2). */
export function FieldMessages({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  const t = useTranslations("errors");
  return (
    <>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {errors?.length ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {errors.map((e) => (t.has(e) ? t(e as never) : t("invalid_input"))).join(" ")}
        </span>
      ) : null}
    </>
  );
}

export function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FormError({ code, retryAfterMinutes }: { code?: string; retryAfterMinutes?: number }) {
  const t = useTranslations("errors");
  if (!code) return null;
  const key = t.has(code) ? code : "internal";
  return (
    <p className="form-error" role="alert">
      {t(key as never, { minutes: retryAfterMinutes ?? 15, max: 0, min: 0 } as never)}
    </p>
  );
}
