"use client";
import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";

/**
 * Form primitives of the subject portal (WCAG 2.2 AA: every control labelled, hint and error tied
 * with aria-describedby, errors announced). Error messages are keys: the portal's own namespaces
 * first, then the shared `errors` namespace.
 */
export function useErrorText() {
  const req = useTranslations("requestErrors");
  const idn = useTranslations("identityErrors");
  const errs = useTranslations("errors");
  return (key: string): string => {
    if (req.has(key as never)) return req(key as never);
    if (idn.has(key as never)) return idn(key as never);
    if (errs.has(key as never)) return errs(key as never, { max: 0, min: 0, minutes: 15 } as never);
    return errs("invalid_input");
  };
}

export function describe(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const text = useErrorText();
  return (
    <>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {text(error)}
        </span>
      )}
    </>
  );
}

type TextProps = { id: string; label: string; hint?: string; error?: string; required?: boolean; registration: UseFormRegisterReturn; type?: string; autoComplete?: string };

export function TextField({ id, label, hint, error, required, registration, type = "text", autoComplete }: TextProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-required={required || undefined}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describe(id, hint, error)}
        {...registration}
      />
    </div>
  );
}

export function TextArea({ id, label, hint, error, required, registration, rows = 5 }: Omit<TextProps, "type" | "autoComplete"> & { rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={rows}
        aria-required={required || undefined}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describe(id, hint, error)}
        {...registration}
      />
    </div>
  );
}

export type Option = { value: string; label: string; detail?: string };

/** A set of checkboxes bound to a string[] field (react-hook-form's own handling of same-name boxes is brittle). */
export function CheckboxGroup<T extends FieldValues>({ control, name, legend, hint, options, error }: { control: Control<T>; name: Path<T>; legend: string; hint?: string; options: Option[]; error?: string }) {
  const { field } = useController({ control, name });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const id = `fs-${String(name).replace(/\W/g, "-")}`;
  return (
    <fieldset className="field" aria-describedby={describe(id, hint, error)}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((o) => (
        <div key={o.value}>
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            checked={value.includes(o.value)}
            onChange={(e) => field.onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            onBlur={field.onBlur}
          />{" "}
          <label htmlFor={`${id}-${o.value}`} style={{ fontWeight: 400 }}>
            {o.label}
            {o.detail && <span className="hint"> – {o.detail}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Radio buttons bound to one field. */
export function RadioGroup({ id, legend, hint, options, error, registration }: { id: string; legend: string; hint?: string; options: Option[]; error?: string; registration: UseFormRegisterReturn }) {
  return (
    <fieldset className="field" aria-describedby={describe(id, hint, error)}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((o) => (
        <div key={o.value}>
          <input type="radio" id={`${id}-${o.value}`} value={o.value} {...registration} />{" "}
          <label htmlFor={`${id}-${o.value}`} style={{ fontWeight: 400 }}>
            {o.label}
            {o.detail && <span className="hint"> – {o.detail}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The form-level error of an action result (field errors are shown at their fields). */
export function FormError({ code, retryAfterMinutes }: { code?: string; retryAfterMinutes?: number }) {
  const errs = useTranslations("errors");
  if (!code) return null;
  const key = errs.has(code as never) ? code : "internal";
  return (
    <p className="form-error" role="alert">
      {errs(key as never, { minutes: retryAfterMinutes ?? 15, max: 0, min: 0 } as never)}
    </p>
  );
}
