import { describe, expect, it } from "vitest";
import {
  emailTemplates,
  formatDate,
  previewEmail,
  renderEmail,
  requestTypeLabels,
  sampleVars,
  templateCodes,
  validateTemplateOverride,
  type TemplateCode,
} from "../../emails";
import type { Locale } from "../../lib/db/types";

const LOCALES: Locale[] = ["fi", "sv", "en"];
/** LEGAL.md §5 shape: DDMMYY, century sign, ZZZ, check character. */
const IDENTITY_CODE_LIKE = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/i;

function all(email: { subject: string; text: string; html: string }): string {
  return `${email.subject}\n${email.text}\n${email.html}`;
}

describe("email templates", () => {
  it("registers every template code, each with fi, sv and en", () => {
    expect(Object.keys(emailTemplates).sort()).toEqual([...templateCodes].sort());
    for (const code of templateCodes) {
      expect(emailTemplates[code].code).toBe(code);
      for (const locale of LOCALES) {
        expect(emailTemplates[code][locale].subject.length).toBeGreaterThan(0);
        expect(emailTemplates[code][locale].text.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(templateCodes)("%s uses only declared placeholders in every language", (code) => {
    for (const locale of LOCALES) {
      const t = emailTemplates[code][locale];
      expect(validateTemplateOverride(code, t.subject, t.text)).toEqual([]);
    }
  });

  it.each(templateCodes)("%s renders in fi, sv and en with sample vars", (code) => {
    for (const locale of LOCALES) {
      const email = renderEmail({ code, locale, vars: sampleVars(locale) });
      expect(all(email)).not.toContain("{{");
      expect(all(email)).not.toContain("}}");
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(email.html).toContain(`<html lang="${locale}"`);
      expect(email.html).toContain("Esimerkkiyhdistys ry");
      expect(email.text).toContain("Esimerkkiyhdistys ry");
      if (emailTemplates[code].audience === "subject") {
        // Every subject-facing email names the organisation and its contact, in both versions.
        expect(email.text).toContain("tietosuoja@esimerkkiyhdistys.fi");
        expect(email.html).toContain("tietosuoja@esimerkkiyhdistys.fi");
      }
    }
  });

  it("renders the call to action as a link with the given URL", () => {
    const email = renderEmail({ code: "sign_in", locale: "fi", vars: sampleVars("fi") });
    expect(email.text).toContain(sampleVars("fi").signInUrl);
    expect(email.text).toContain("15 minuuttia");
    // The & in the URL is escaped inside the attribute.
    expect(email.html).toContain('href="https://omatieto.example/api/auth/callback/nodemailer?token=sample-token-0123&amp;callbackUrl=%2Ffi"');
    expect(email.html).toContain(">Kirjaudu sisään</a>");
  });

  it("sends the installation's sign-in link without an organisation contact (lib/auth/sign-in-mail.ts)", () => {
    const url = "https://omatieto.example/api/auth/callback/nodemailer?token=t";
    const vars = { signInUrl: url, portalUrl: "https://omatieto.example", recipientName: "", organisationName: "Omatieto", organisationContact: "" };
    const email = renderEmail({ code: "sign_in", locale: "fi", vars });
    expect(email.text.startsWith("Hei,\n")).toBe(true);
    expect(email.text).not.toContain("Tietosuoja-asiat:");
    expect(email.text).toContain("\n-- \nOmatieto\n");
  });

  it("greets without a name when none is given", () => {
    const vars = { ...sampleVars("sv"), recipientName: "" };
    const email = renderEmail({ code: "request_received", locale: "sv", vars });
    expect(email.text.startsWith("Hej,\n")).toBe(true);
  });

  it("throws on a missing required placeholder, naming it", () => {
    const { reasons: _omitted, ...vars } = sampleVars("fi");
    expect(() => renderEmail({ code: "rejected", locale: "fi", vars })).toThrow(/reasons/);
    expect(() => renderEmail({ code: "rejected", locale: "fi", vars: { ...vars, reasons: "  " } })).toThrow(/reasons/);
    expect(() =>
      renderEmail({ code: "sign_in", locale: "en", vars: { ...sampleVars("en"), signInUrl: undefined } }),
    ).toThrow(/signInUrl/);
  });

  it("rejects a non-http URL", () => {
    const vars = { ...sampleVars("en"), portalUrl: "javascript:alert(1)" };
    expect(() => renderEmail({ code: "completed", locale: "en", vars })).toThrow(/portalUrl/);
  });

  it("HTML-escapes hostile values in the HTML but not in the text", () => {
    const hostile = '<script>alert("x")</script>';
    const vars = { ...sampleVars("fi"), reasons: hostile, organisationName: `Yhdistys ${hostile}` };
    const email = renderEmail({ code: "rejected", locale: "fi", vars });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.text).toContain(hostile);
  });

  it("HTML-escapes hostile values in an override too", () => {
    const vars = { ...sampleVars("en"), reasons: "<img src=x onerror=alert(1)>" };
    const override = { subject: "Refused {{reference}}", body: "{{greeting}}\n\n{{reasons}}\n\n{{portalUrl}}" };
    const email = renderEmail({ code: "rejected", locale: "en", vars, override });
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("reports unknown placeholders in an override", () => {
    expect(validateTemplateOverride("request_received", "Saimme pyyntösi {{reference}}", "Hei {{recipentName}}, {{dueDate}}")).toEqual([
      "recipentName",
    ]);
    // Subject first, then body: the unbalanced "{{reference" in the subject is reported as written.
    expect(validateTemplateOverride("request_received", "{{reference", "{{ dueDate }} {{signInUrl}}")).toEqual([
      "{{reference",
      "signInUrl",
    ]);
    expect(validateTemplateOverride("request_received", "{{reference}}", "{{greeting}} {{portalUrl}}")).toEqual([]);
  });

  it("replaces subject and text with an override and derives the HTML from it", () => {
    const override = {
      subject: "Kiitos pyynnöstä – {{reference}}",
      body: "{{greeting}}\n\nKäsittelemme pyyntösi {{dueDate}} mennessä.\n\n{{portalUrl}}\n\nLisätietoja: https://esimerkki.fi/tietosuoja.",
    };
    const email = previewEmail("request_received", "fi", override);
    expect(email.subject).toBe("Kiitos pyynnöstä – OT-2026-0042");
    expect(email.text).toContain("Käsittelemme pyyntösi 7.4.2026 mennessä.");
    expect(email.text).toContain("Tietosuoja-asiat: tietosuoja@esimerkkiyhdistys.fi"); // the footer stays
    expect(email.html).toContain(">Avaa asiointipalvelu</a>"); // the URL-only paragraph became the button
    expect(email.html).toContain('<a href="https://esimerkki.fi/tietosuoja" ');
    expect(email.html).toContain("</a>.</p>");
  });

  it("contains nothing shaped like a personal identity code with normal vars", () => {
    for (const code of templateCodes as readonly TemplateCode[]) {
      for (const locale of LOCALES) {
        expect(all(previewEmail(code, locale))).not.toMatch(IDENTITY_CODE_LIKE);
      }
    }
  });

  it("redacts an identity code pasted into free text", () => {
    const vars = { ...sampleVars("fi"), reasons: "Henkilötunnus 131052-308T ei vastaa rekisteriä." };
    const email = renderEmail({ code: "rejected", locale: "fi", vars });
    expect(all(email)).not.toMatch(IDENTITY_CODE_LIKE);
  });

  it.each(LOCALES)("rejected (%s) names the Ombudsman and the judicial remedy", (locale) => {
    const email = renderEmail({ code: "rejected", locale, vars: sampleVars(locale) });
    for (const version of [email.text, email.html]) {
      expect(version).toContain("Tietosuojavaltuutetun toimisto");
      expect(version).toContain({ fi: "Lintulahdenkuja 4", sv: "Fågelviksgränden 4", en: "Lintulahdenkuja 4" }[locale]);
      expect(version).toContain({ fi: "PL 800", sv: "PB 800", en: "PO Box 800" }[locale]);
      expect(version).toContain("tietosuoja@om.fi");
      expect(version).toContain("+358 29 566 6700");
      expect(version).toContain("tietosuoja.fi");
      expect(version).toContain(sampleVars(locale).reasons.split("\n")[0]);
    }
    // The remedy block is appended by the renderer, outside the editable template (issue 11 §1).
    const remedy = { fi: ["77 art.", "79 art.", "tuomioistuimeen"], sv: ["art. 77", "art. 79", "domstol"], en: ["Art. 77", "Art. 79", "court"] }[locale];
    for (const word of remedy) expect(email.text).toContain(word);
  });

  it("completed never carries the data, only the link", () => {
    const email = renderEmail({ code: "completed", locale: "en", vars: sampleVars("en") });
    expect(email.text).toContain("https://omatieto.example/en");
    expect(email.html).not.toMatch(/<img|data:|attachment/i);
  });
});

describe("labels and dates", () => {
  it("names every request type with its article in all languages", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(requestTypeLabels[locale]).sort()).toEqual(
        ["access", "consent_withdrawal", "erasure", "objection", "portability", "rectification", "restriction"],
      );
      for (const label of Object.values(requestTypeLabels[locale])) expect(label).toMatch(/\((art|Art)\. \d+/);
    }
    expect(requestTypeLabels.fi.access).toBe("Tietojen tarkastuspyyntö (art. 15)");
  });

  it("formats dates per locale, in Helsinki time", () => {
    expect(formatDate("2026-04-07", "fi")).toBe("7.4.2026");
    expect(formatDate("2026-04-07", "sv")).toBe("7.4.2026");
    expect(formatDate("2026-04-07", "en")).toBe("7 April 2026");
    // 23:30 UTC on 6 April is already 7 April in Helsinki.
    expect(formatDate("2026-04-06T21:30:00Z", "fi")).toBe("7.4.2026");
    expect(formatDate(new Date("2026-12-31T22:30:00Z"), "en")).toBe("1 January 2027");
    expect(() => formatDate("not a date", "fi")).toThrow();
  });
});
