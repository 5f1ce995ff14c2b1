import type { Locale } from "../lib/db/types";
import { greeting } from "./labels";
import { escapeHtml, footerTemplate, textToHtml, wrapHtml } from "./layout";
import type { EmailTemplateDefinition } from "./types";
import { remedyBlock, remedyText } from "../lib/workflow/outcome-text";

export type TemplateVars = Record<string, string | number | null | undefined>;
export type TemplateOverride = { subject: string; body: string };
export type RenderedEmail = { subject: string; text: string; html: string };

/** Computed by the renderer, usable in every template and override. */
export const DERIVED_PLACEHOLDERS = ["greeting"] as const;

/** Placeholders that end up in href attributes: anything but http(s) would be a script or phishing vector. */
export const URL_PLACEHOLDERS = new Set(["portalUrl", "requestUrl", "signInUrl", "invitationsUrl"]);

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const LOOSE_PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * A Finnish personal identity code (LEGAL.md §5), day 01–31 and month 01–12, any check character.
 * Must never be in an email; a handler could still paste one into free-text reasons.
 */
export const IDENTITY_CODE_PATTERN =
  /(?<![0-9A-Za-z])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])/gi;

export function redactIdentityCodes(value: string): string {
  return value.replace(IDENTITY_CODE_PATTERN, "***********");
}

export function knownPlaceholders(def: EmailTemplateDefinition): Set<string> {
  return new Set([...def.placeholders, ...(def.optional ?? []), ...DERIVED_PLACEHOLDERS]);
}

/**
 * The placeholders in `subject` and `body` that the template does not know, in order of appearance:
 * typos, unsupported names, and unbalanced braces (reported as the fragment itself).
 */
export function unknownPlaceholders(def: EmailTemplateDefinition, subject: string, body: string): string[] {
  const known = knownPlaceholders(def);
  const found: string[] = [];
  for (const source of [subject, body]) {
    for (const m of source.matchAll(LOOSE_PLACEHOLDER)) {
      const name = m[1].trim();
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || !known.has(name)) found.push(name || m[0]);
    }
    // "{{reference" or "reference}}" would otherwise reach the subject verbatim.
    const rest = source.replace(LOOSE_PLACEHOLDER, " ");
    for (const m of rest.matchAll(/\{\{[^\s{}]*|[^\s{}]*\}\}/g)) found.push(m[0]);
  }
  return [...new Set(found)];
}

/**
 * Replaces known placeholders; names not in `values` become "". Template texts are checked by the
 * tests and overrides by validateTemplateOverride, so an unknown name here is an override saved before
 * a template changed: dropping it is better than blocking a legally timed email.
 */
function interpolate(template: string, values: Map<string, string>, transform: (v: string) => string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => transform(values.get(name) ?? ""));
}

function isMissing(value: TemplateVars[string]): boolean {
  return value === undefined || value === null || String(value).trim() === "";
}

/** The values to substitute: only declared names (an override cannot reach other vars), checked and cleaned. */
function collectValues(def: EmailTemplateDefinition, locale: Locale, vars: TemplateVars): Map<string, string> {
  for (const name of def.placeholders) {
    if (isMissing(vars[name])) {
      throw new Error(`Email template "${def.code}": missing required placeholder "${name}"`);
    }
  }
  const values = new Map<string, string>();
  for (const name of [...def.placeholders, ...(def.optional ?? [])]) {
    const raw = vars[name];
    if (raw === undefined || raw === null) continue;
    const value = String(raw).replace(/\r\n?/g, "\n");
    if (value.trim() === "") continue; // a blank optional value is simply absent
    if (URL_PLACEHOLDERS.has(name)) {
      if (!/^https?:\/\/[^\s<>"'`]+$/i.test(value)) {
        throw new Error(`Email template "${def.code}": placeholder "${name}" is not an http(s) URL`);
      }
      values.set(name, value);
    } else {
      values.set(name, redactIdentityCodes(value));
    }
  }
  values.set("greeting", greeting(locale, values.get("recipientName")));
  return values;
}

const raw = (v: string) => v;
const escapeMultiline = (v: string) => escapeHtml(v).replace(/\n/g, "<br>\n");

/**
 * `appendix`: plain text the renderer adds after the body, outside the template, so that no admin
 * override can remove it — the per-item outcome and the complaint and judicial-remedy text that
 * every refusal must carry (Art. 12(4), 77, 79; issue 11 §1). Identity codes are blanked in it too.
 */
export function renderDefinition(
  def: EmailTemplateDefinition,
  locale: Locale,
  vars: TemplateVars,
  override?: TemplateOverride,
  appendix?: string,
): RenderedEmail {
  const localized = def[locale];
  if (!localized) throw new Error(`Email template "${def.code}": no version for locale "${locale}"`);
  const values = collectValues(def, locale, vars);

  // A subject is a header line: newlines in a value must not split it.
  const subject = interpolate(override?.subject ?? localized.subject, values, raw).replace(/\s+/g, " ").trim();
  const body = interpolate(override?.body ?? localized.text, values, raw).replace(/\r\n?/g, "\n")
    // An empty optional value (e.g. no digest lines) must not leave a run of blank lines.
    .replace(/\n[ \t]*(\n[ \t]*)+\n/g, "\n\n")
    .trim();
  let locked = appendix?.trim() ? redactIdentityCodes(appendix.replace(/\r\n?/g, "\n").trim()) : "";
  // A refusal always carries the remedies; an appendix that already holds them is not doubled.
  if (def.lockedRemedies && !locked.includes(remedyBlock(locale).title)) locked = [locked, remedyText(locale)].filter(Boolean).join("\n\n");
  const footer = interpolate(footerTemplate(locale, def.audience, values.has("organisationContact")), values, raw);
  const text = `${body}${locked ? `\n\n${locked}` : ""}\n\n-- \n${footer}\n`;

  const action =
    def.action && localized.actionLabel
      ? { url: values.get(def.action) ?? "", label: localized.actionLabel }
      : undefined;
  const bodyHtml =
    (localized.html && !override
      ? interpolate(localized.html, values, escapeMultiline)
      : textToHtml(body, locale, action)) + (locked ? `\n<section>\n${textToHtml(locked, locale)}\n</section>` : "");
  const html = wrapHtml({
    locale,
    subject,
    organisationName: values.get("organisationName") ?? "",
    bodyHtml,
    footerHtml: textToHtml(footer, locale),
  });
  return { subject, text, html };
}
