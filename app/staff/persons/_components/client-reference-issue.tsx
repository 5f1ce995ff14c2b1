"use client";
import { startTransition, useActionState, useRef } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { issueClientReferenceSchema } from "@/lib/persons/schema";
import { useErrorText } from "../../_components/action-form";
import type { SlipText } from "@/lib/identity/client-slip";

type Locale = "fi" | "sv" | "en";
type Issued = { reference: string; secret: string; slipLocale: Locale };
type Action = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/**
 * Issue (or reissue) an anonymous client's reference: the reply carries the secret once, shown here on a
 * slip in the client's language that prints alone (globals.css). Leaving the page loses it for good —
 * only its hash is stored — so the slip says so and staff print it before moving on.
 */
export function ClientReferenceIssue(props: { personId: string; action: Action; defaultLocale: Locale; slips: Record<Locale, SlipText>; reissue: boolean }) {
  const t = useTranslations("staffPersons");
  const l = useTranslations("labels");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(props.action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Record<string, unknown>>({ resolver: zodResolver(issueClientReferenceSchema as never) as unknown as Resolver<Record<string, unknown>> });
  const issued = state?.ok ? (state.data as Issued) : null;
  const slip = issued ? props.slips[issued.slipLocale] : null;
  const print = () => {
    document.body.classList.add("printing-slip");
    window.print();
    document.body.classList.remove("printing-slip");
  };
  return (
    <div>
      {issued && slip && (
        <div className="client-slip" lang={issued.slipLocale} role="status">
          <h3>{slip.title}</h3>
          <p>{slip.intro}</p>
          <p>
            {slip.reference}: <code data-testid="slip-reference">{issued.reference}</code>
            <br />
            {slip.secret}: <code data-testid="slip-secret">{issued.secret}</code>
          </p>
          <ol>
            {slip.steps.map((s, n) => (
              <li key={n}>{s}</li>
            ))}
          </ol>
          <p>{slip.keep}</p>
          <button type="button" onClick={print}>
            {t("printSlip")}
          </button>
          <p className="hint">{t("secretShownOnce")}</p>
        </div>
      )}
      <form
        ref={formRef}
        action={formAction}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(e);
        }}
      >
        {state && !state.ok && (
          <p className="form-error" role="alert">
            {errorText(state.code)}
          </p>
        )}
        <input type="hidden" value={props.personId} {...form.register("personId")} />
        <div className="field">
          <label htmlFor={`slip-locale-${props.personId}`}>{t("slipLanguage")}</label>
          <select id={`slip-locale-${props.personId}`} defaultValue={props.defaultLocale} {...form.register("slipLocale")}>
            {(["fi", "sv", "en"] as const).map((loc) => (
              <option key={loc} value={loc}>
                {l(`locale.${loc}` as never)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={props.reissue ? "secondary" : undefined}>
          {props.reissue ? t("reissueClientReference") : t("issueClientReference")}
        </button>
        {props.reissue && <p className="hint">{t("reissueHint")}</p>}
      </form>
    </div>
  );
}
