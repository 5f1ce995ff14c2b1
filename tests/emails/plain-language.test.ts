import { describe, expect, it } from "vitest";
import { emailTemplates, renderEmail, sampleVars, templateCodes } from "@/emails";
import { findCodes } from "../support/codes";

// Issue 12: every email template, rendered in fi and sv, reads without a database code or a
// snake_case token (the codes come from the pg enums themselves, tests/support/codes.ts).
describe("emails read in plain language", () => {
  for (const locale of ["fi", "sv"] as const) {
    it(`every template in ${locale}`, () => {
      const found: string[] = [];
      for (const code of templateCodes) {
        expect(emailTemplates[code]).toBeTruthy();
        const mail = renderEmail({ code, locale, vars: sampleVars(locale) });
        // Swedish "en" is an ordinary word and also the English locale code.
        const codes = findCodes(`${mail.subject}\n${mail.text}`, locale === "sv" ? ["en"] : []);
        if (codes.length) found.push(`${code}: ${codes.join(", ")}`);
      }
      expect(found).toEqual([]);
    });
  }
});
