import type { Locale } from "../lib/db/types";

/**
 * The shared HTML frame and the text → HTML conversion. Emails are inline-styled, single-column and
 * table-free: mail clients drop <style> blocks, and a linear layout reads the same in a screen reader
 * as it looks. Colours keep at least 7:1 contrast on white (WCAG 2.2 AAA for body text).
 */
const C = { text: "#1a1a1a", muted: "#4a4a4a", link: "#0a4d8c", page: "#f3f4f1", card: "#ffffff", rule: "#c8c8c2" };
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const P = "margin:0 0 16px";
const A = `color:${C.link};text-decoration:underline`;

export function escapeHtml(value: string): string {
  // Quotes too: the same escaping is used inside href="…" attributes.
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Lets template modules write bodies as a list of paragraphs instead of long "\n\n" strings. */
export function paragraphs(...parts: string[]): string {
  return parts.join("\n\n");
}

const STRINGS: Record<Locale, { fallback: string; contact: string; subjectNote: string; staffFooter: string }> = {
  fi: {
    fallback: "Jos painike ei toimi, kopioi tämä osoite selaimen osoiteriville:",
    contact: "Tietosuoja-asiat: {{organisationContact}}",
    subjectNote: "Tämä on automaattinen viesti. Älä lähetä henkilötietoja sähköpostilla, vaan käytä asiointipalvelua.",
    staffFooter: "{{organisationName}} · Omatieto\nTämä on automaattinen ilmoitus tietosuojapyyntöjen käsittelijöille.",
  },
  sv: {
    fallback: "Om knappen inte fungerar, kopiera den här adressen till webbläsarens adressfält:",
    contact: "Dataskyddsärenden: {{organisationContact}}",
    subjectNote: "Detta är ett automatiskt meddelande. Skicka inte personuppgifter per e-post, utan använd e-tjänsten.",
    staffFooter: "{{organisationName}} · Omatieto\nDetta är ett automatiskt meddelande till handläggare av dataskyddsärenden.",
  },
  en: {
    fallback: "If the button does not work, copy this address into your browser's address bar:",
    contact: "Data protection contact: {{organisationContact}}",
    subjectNote: "This is an automated message. Please do not send personal data by email; use the portal instead.",
    staffFooter: "{{organisationName}} · Omatieto\nThis is an automated notice for handlers of data protection requests.",
  },
};

/**
 * The footer is part of the layout, not of the editable body, so that an admin override can never
 * drop the organisation's name and contact (every subject-facing email must carry them). The contact
 * line is left out only where a template makes the contact optional: the sign-in link is sent by the
 * installation before anyone knows which organisation the person will deal with.
 */
export function footerTemplate(locale: Locale, audience: "subject" | "staff", withContact = true): string {
  const s = STRINGS[locale];
  if (audience === "staff") return s.staffFooter;
  return ["{{organisationName}}", ...(withContact ? [s.contact] : []), s.subjectNote].join("\n");
}

// http(s) URLs and email addresses; matched on the raw text so escaping cannot split or forge a link.
const LINKABLE = /https?:\/\/[^\s<>"'`]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

function anchor(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="${A}">${escapeHtml(label)}</a>`;
}

/** One line of text as HTML: escaped, with URLs and email addresses made into links. */
export function inlineHtml(line: string): string {
  let out = "";
  let last = 0;
  for (const m of line.matchAll(LINKABLE)) {
    let link = m[0];
    // "(https://tietosuoja.fi)." — the closing punctuation belongs to the sentence, not the URL.
    const trail = TRAILING_PUNCTUATION.exec(link)?.[0] ?? "";
    if (trail) link = link.slice(0, -trail.length);
    const href = /^https?:/i.test(link) ? link : `mailto:${link}`;
    out += escapeHtml(line.slice(last, m.index)) + anchor(href, link) + escapeHtml(trail);
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

/** The call to action: a large link styled as a button, plus the bare address for clients that hide styles. */
export function buttonHtml(locale: Locale, url: string, label: string): string {
  const style =
    `display:inline-block;padding:12px 24px;background:${C.link};color:#ffffff;` +
    "font-weight:bold;text-decoration:none;border-radius:6px";
  return (
    `<p style="margin:8px 0 24px"><a href="${escapeHtml(url)}" style="${style}">${escapeHtml(label)}</a></p>\n` +
    `<p style="${P};font-size:14px;color:${C.muted}">${escapeHtml(STRINGS[locale].fallback)}<br>\n` +
    `<span style="word-break:break-all">${anchor(url, url)}</span></p>`
  );
}

export type Action = { url: string; label: string };

/**
 * Plain text → HTML blocks: blank lines separate paragraphs, single newlines become <br>, a paragraph
 * whose every line starts with "- " becomes a list, and a paragraph that is exactly the action URL
 * becomes the button. Used for the templates and, identically, for admin overrides.
 */
export function textToHtml(text: string, locale: Locale, action?: Action): string {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  const html: string[] = [];
  for (const block of blocks) {
    const para = block.trim();
    if (!para) continue;
    if (action && action.url && para === action.url) {
      html.push(buttonHtml(locale, action.url, action.label));
      continue;
    }
    const lines = para.split("\n").map((l) => l.trim());
    if (lines.every((l) => /^[-•] /.test(l))) {
      const items = lines.map((l) => `<li style="margin:0 0 4px">${inlineHtml(l.slice(2))}</li>`);
      html.push(`<ul style="${P};padding-left:24px">\n${items.join("\n")}\n</ul>`);
    } else {
      html.push(`<p style="${P}">${lines.map(inlineHtml).join("<br>\n")}</p>`);
    }
  }
  return html.join("\n");
}

export type LayoutInput = {
  locale: Locale;
  subject: string;
  organisationName: string;
  /** Trusted HTML: already escaped by the caller. */
  bodyHtml: string;
  footerHtml: string;
};

/** The whole document. Raw strings are escaped here; only bodyHtml and footerHtml are trusted. */
export function wrapHtml({ locale, subject, organisationName, bodyHtml, footerHtml }: LayoutInput): string {
  const s = escapeHtml(subject);
  return `<!DOCTYPE html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${s}</title>
</head>
<body style="margin:0;padding:0;background:${C.page}">
<div role="article" aria-roledescription="email" aria-label="${s}" lang="${locale}" style="${FONT};font-size:16px;line-height:1.5;color:${C.text};background:${C.page};padding:16px 8px">
<div style="max-width:600px;margin:0 auto;padding:24px;background:${C.card};border-radius:8px">
<p style="margin:0 0 8px;font-size:15px;font-weight:bold;color:${C.muted}">${escapeHtml(organisationName)}</p>
<h1 style="margin:0 0 24px;font-size:22px;line-height:1.3;color:${C.text}">${s}</h1>
${bodyHtml}
<footer style="margin-top:32px;padding-top:16px;border-top:1px solid ${C.rule};font-size:14px;color:${C.muted}">
${footerHtml}
</footer>
</div>
</div>
</body>
</html>
`;
}
