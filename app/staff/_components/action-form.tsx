"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm, get, type FieldErrors, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { staffFormSchemas, type StaffFormName } from "./form-schemas";

export type FieldOption = { value: string; label: string };
export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "radio" | "checkbox" | "checkboxes" | "hidden" | "date" | "email";
  /** For "checkboxes": the options checked at first (each posts as `name.value`). */
  defaultValues?: string[];
  hint?: string;
  options?: FieldOption[];
  defaultValue?: string;
  defaultChecked?: boolean;
  rows?: number;
  required?: boolean;
  maxLength?: number;
};

type Action = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/** Translate a message key from `errors`, else `staffErrors`, else `requestErrors`, else a generic one. */
export function useErrorText() {
  const te = useTranslations("errors");
  const ts = useTranslations("staffErrors");
  // fileRequest (intake on behalf) reports with the portal's keys.
  const tr = useTranslations("requestErrors");
  return (key: string, max?: number) => {
    if (te.has(key)) return te(key as never, { max: max ?? 4000, min: 20, minutes: 15 } as never);
    if (ts.has(key)) return ts(key as never);
    if (tr.has(key)) return tr(key as never, { max: max ?? 4000, min: 10 } as never);
    return te("invalid_input");
  };
}

/**
 * A staff form: react-hook-form with the named zod schema on the client, the server action with the same
 * schema on the server (house rule 2). Labels, hints and errors are tied with aria-describedby; the
 * first error gets focus; success is announced in a status region. Works without JavaScript too.
 */
export function ActionForm(props: {
  name: StaffFormName;
  action: Action;
  fields: FieldSpec[];
  submitLabel: string;
  successText: string;
  idPrefix: string;
  secondary?: boolean;
  /**
   * The action no longer applies (e.g. already extended, request closed): only the children and the last
   * result show. Rendering the same form closed, instead of removing it, keeps its success message on
   * screen (and announced) after the page re-renders with the new state.
   */
  closed?: boolean;
  children?: React.ReactNode;
}) {
  const { name, action, fields, submitLabel, successText, idPrefix, secondary, closed, children } = props;
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Record<string, unknown>>({ resolver: zodResolver(staffFormSchemas[name] as never) as unknown as Resolver<Record<string, unknown>>, shouldFocusError: true });
  useEffect(() => {
    if (state?.ok) form.reset();
  }, [state, form]);
  const serverErrors: Record<string, string[]> = state && !state.ok ? state.fieldErrors ?? {} : {};
  const clientErrors = form.formState.errors as FieldErrors;
  const errorsOf = (field: string): string[] => {
    const client = (get(clientErrors, field) as { message?: string } | undefined)?.message;
    return client ? [client] : serverErrors[field] ?? [];
  };
  const formErrors = [...(serverErrors._form ?? []), ...(state && !state.ok && !state.fieldErrors ? [state.code] : [])];
  const fid = (f: string) => `${idPrefix}-${f.replaceAll(".", "-")}`;
  const described = (f: FieldSpec, errs: string[]) =>
    [f.hint ? `${fid(f.name)}-hint` : "", errs.length ? `${fid(f.name)}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(e);
      }}
    >
      {children}
      {formErrors.length > 0 && (
        <p className="form-error" role="alert">
          {formErrors.map((k) => errorText(k)).join(" ")}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="notice-box">
          {successText}
        </p>
      )}
      {!closed && fields.map((f) => {
        const errs = errorsOf(f.name);
        const id = fid(f.name);
        const common = {
          id,
          "aria-invalid": errs.length ? ("true" as const) : undefined,
          "aria-describedby": described(f, errs),
          ...form.register(f.name),
        };
        const messages = (
          <>
            {f.hint && <span id={`${id}-hint`} className="hint">{f.hint}</span>}
            {errs.length > 0 && (
              <span id={`${id}-error`} className="field-error">
                {errs.map((e) => errorText(e, f.maxLength)).join(" ")}
              </span>
            )}
          </>
        );
        if (f.kind === "hidden") return <input key={f.name} type="hidden" defaultValue={f.defaultValue} {...form.register(f.name)} />;
        if (f.kind === "checkbox") {
          return (
            <div className="field" key={f.name}>
              <span className="choice">
                <input type="checkbox" defaultChecked={f.defaultChecked} {...common} />
                <label htmlFor={id}>{f.label}</label>
              </span>
              {messages}
            </div>
          );
        }
        if (f.kind === "checkboxes" || f.kind === "radio") {
          // A group of choices: checkboxes post each option as `name.value`, radio buttons one `name`.
          const many = f.kind === "checkboxes";
          return (
            <fieldset className="field" key={f.name} aria-describedby={described(f, errs)}>
              <legend>
                {f.label}
                {f.required && <span aria-hidden="true"> *</span>}
              </legend>
              {messages}
              {f.options?.map((o, n) => (
                <span key={o.value} className="choice">
                  {many ? (
                    <input type="checkbox" id={`${id}-${n}`} defaultChecked={f.defaultValues?.includes(o.value)} {...form.register(`${f.name}.${o.value}`)} />
                  ) : (
                    <input type="radio" id={`${id}-${n}`} value={o.value} defaultChecked={f.defaultValue === o.value} {...form.register(f.name)} />
                  )}
                  <label htmlFor={`${id}-${n}`}>{o.label}</label>
                </span>
              ))}
            </fieldset>
          );
        }
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>
              {f.label}
              {f.required && <span aria-hidden="true"> *</span>}
            </label>
            {messages}
            {f.kind === "textarea" ? (
              <textarea rows={f.rows ?? 4} defaultValue={f.defaultValue} required={f.required} maxLength={f.maxLength} {...common} />
            ) : f.kind === "select" ? (
              // Keyed by the current value: after the page re-renders with new data (e.g. "assign to me"),
              // the uncontrolled select shows the new value instead of the one it was mounted with.
              <select key={f.defaultValue ?? ""} defaultValue={f.defaultValue} required={f.required} {...common}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={f.kind} defaultValue={f.defaultValue} required={f.required} maxLength={f.maxLength} {...common} />
            )}
          </div>
        );
      })}
      {!closed && (
        <button type="submit" disabled={pending} className={secondary ? "secondary" : undefined}>
          {submitLabel}
        </button>
      )}
    </form>
  );
}
