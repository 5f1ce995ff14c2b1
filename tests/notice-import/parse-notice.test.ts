import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseNotice } from "@/lib/notice-import/parse-notice";
import { checkNotice } from "@/lib/notice-import/checklist";
import { draftToNotice, assignPassage } from "@/lib/notice-import/to-notice";
import { matchHeading } from "@/lib/notice-import/headings";
import { htmlToText, splitFlattenedItems } from "@/lib/notice-import/html-text";
import type { ImportDraft, ImportField } from "@/lib/notice-import/fields";
import { seedText } from "./seeds";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const joined = (d: ImportDraft, f: ImportField) => (d.fields[f]?.items ?? []).join("\n");
const codes = (d: ImportDraft) => checkNotice(d).map((c) => c.code).sort();
/** Every heading maps to at least one field; what is not placed is only text without a heading. */
const everyHeadingPlaced = (d: ImportDraft) => {
  expect(d.headings.filter((h) => h.fields.length === 0)).toEqual([]);
  for (const id of d.unplaced) expect(d.passages.find((p) => p.id === id)?.heading).toBeUndefined();
};

describe("seed 000: numbered question headings", () => {
  const d = parseNotice(seedText("000"));
  it("places every heading and keeps the seed's own words", () => {
    expect(d.layout).toBe("numbered");
    expect(d.locale).toBe("fi");
    expect(d.headings).toHaveLength(11);
    everyHeadingPlaced(d);
    expect(joined(d, "recipients")).toContain("Clara");
    expect(joined(d, "recipients")).toContain("FloMembers");
    expect(joined(d, "name")).toBe("Turun Kaupunkilähetys ry:n Asiakasrekisteri");
    expect(joined(d, "legalBasis")).toContain("oikeutettu etu");
    expect(d.fields.purposes?.items).toContain("asiakassuhteen suunnittelu, toteutus ja seuranta");
    expect(d.fields.subjectGroups?.items).toContain("yhdistyksen jäsenet");
    expect(d.fields.dataCategories?.items).toContain("syntymävuosi");
    expect(joined(d, "transfers")).toBe("Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle.");
    expect(joined(d, "retention")).toContain("niin pitkään kuin se on tarpeellista");
    expect(joined(d, "security")).toContain("lukituissa kaapeissa");
    expect(joined(d, "contact")).toContain("katja.suominen@tukenasi.fi");
    expect(joined(d, "rights")).toContain("valvontaviranomaiselle");
    expect(d.noticeDate).toBe("2018-05-21");
  });
  it("each field points to the passage it came from", () => {
    const src = d.passages.find((p) => p.id === d.fields.recipients!.sourceIds[0])!;
    expect(src.heading).toMatch(/^7\. Kenelle luovutamme/);
    expect(src.text).toContain("FloMembers");
  });
  it("the signature is not placed, not added to the last field", () => {
    expect(joined(d, "changes")).not.toContain("Maaria");
    expect(d.unplaced.map((id) => d.passages.find((p) => p.id === id)!.text).join()).toContain("Maaria Seppälä");
  });
});

describe("seed 004: heading TAB content with HTML fragments and flattened lists", () => {
  const d = parseNotice(seedText("004"));
  it("places every heading; lists become items and HTML clean text", () => {
    expect(d.layout).toBe("table");
    expect(d.headings).toHaveLength(10);
    everyHeadingPlaced(d);
    expect(joined(d, "recipients")).toContain("lastensuojeluilmoitusta");
    expect(d.fields.dataCategories?.items).toEqual(expect.arrayContaining(["Nimitiedot", "Henkilötunnus", "Kampanja- ja yhteydenottotiedot"]));
    expect(d.fields.purposes?.items).toContain("Yhdistyksen asiakastoiminnan hallinnointi, toiminnan laadun varmistaminen");
    expect(joined(d, "legalBasis")).toContain("perusteena on joko asiakkuussuhde");
    expect(joined(d, "retention")).toContain("säilytetään asiakkuuden ajan");
    expect(joined(d, "rights")).toContain("Tehdä valitus tietosuojaviranomaiselle");
    for (const f of Object.values(d.fields)) for (const i of f!.items) expect(i).not.toMatch(/<\/?(p|ul|li)\b|style=/);
  });
  it("the stray line outside the table is not placed", () => {
    expect(d.unplaced.map((id) => d.passages.find((p) => p.id === id)!.text)).toContain("mieli");
    expect(joined(d, "security")).not.toMatch(/^mieli$/m);
  });
});

describe("a Swedish notice and an old Personal Data Act notice", () => {
  it("Swedish headings with colons", () => {
    const d = parseNotice(fixture("sv-medlemsregister.txt"));
    expect(d.locale).toBe("sv");
    expect(d.headings).toHaveLength(14);
    everyHeadingPlaced(d);
    expect(joined(d, "controller")).toContain("Skärgårdens Vänner rf");
    expect(d.fields.dataCategories?.items).toContain("betalda medlemsavgifter");
    expect(d.fields.subjectGroups?.items).toEqual(["föreningens medlemmar", "hedersmedlemmar"]);
    expect(joined(d, "retention")).toContain("raderas inom ett år");
    expect(joined(d, "legalBasis")).toContain("samtycke");
    expect(d.noticeDate).toBe("2024-02-03");
  });
  it("old-Act numbered headings (Rekisterin pitämisen peruste, Säännönmukaiset tietolähteet…)", () => {
    const d = parseNotice(fixture("fi-henkilotietolaki.txt"));
    expect(d.layout).toBe("numbered");
    expect(d.headings).toHaveLength(13);
    everyHeadingPlaced(d);
    expect(joined(d, "legalBasis")).toContain("yhdistyslaki 11 §");
    expect(joined(d, "sources")).toContain("jäseneltä itseltään");
    expect(joined(d, "recipients")).toContain("Tietoja ei luovuteta");
    expect(joined(d, "security")).toContain("lukitussa kaapissa");
    expect(d.fields.rights?.items).toHaveLength(3);
    expect(d.noticeDate).toBe("2009-03-12");
  });
});

describe("the Art. 13/14 checklist flags what each notice lacks", () => {
  it.each([
    ["000", () => seedText("000"), ["no_dpo_special_data"]],
    ["004", () => seedText("004"), ["no_transfers"]],
    ["sv", () => fixture("sv-medlemsregister.txt"), ["no_automated_decisions"]],
    ["old Act", () => fixture("fi-henkilotietolaki.txt"), ["no_automated_decisions", "no_complaint", "no_retention"]],
  ])("%s", (_n, text, expected) => {
    expect(codes(parseNotice(text()))).toEqual(expected);
  });
  it("an almost empty notice lacks nearly everything", () => {
    const d = parseNotice("Rekisterin nimi\n\nJäsenrekisteri\n\nTietolähteet\n\nJäsen itse");
    expect(codes(d)).toEqual(expect.arrayContaining(["no_controller", "no_contact", "no_legal_basis", "no_retention", "no_complaint", "no_rights", "no_purposes"]));
    expect(codes(d)).not.toContain("no_sources");
  });
  it("consent without a word on withdrawing it is flagged", () => {
    const d = parseNotice("1. Rekisterinpitäjä\n\nYhdistys ry, info@y.example\n\n2. Käsittelyn oikeusperuste\n\nSuostumukseen perustuva käsittely.\n\n3. Säilytysaika\n\nKaksi vuotta.");
    expect(codes(d)).toContain("no_consent_withdrawal");
  });
});

describe("heading matching and clean-up", () => {
  it.each([
    ["4. Mitkä ovat henkilötietojen käsittelyn oikeusperuste ja tarkoitus?", ["purposes", "legalBasis"]],
    ["Rekisterin pitämisen peruste", ["legalBasis"]],
    ["Säännönmukaiset tietolähteet:", ["sources"]],
    ["Tietojen säännönmukaiset luovutukset", ["recipients"]],
    ["III. Rekisterin suojauksen periaatteet", ["security"]],
    ["Tietosuojavastaavan yhteystiedot", ["dpo"]],
    ["Registeransvarig", ["controller"]],
    ["Uppgiftsinnehåll", ["dataCategories"]],
    ["How long do we keep your data?", ["retention"]],
    ["Automated decision-making and profiling", ["automatedDecisions"]],
    ["Hallituksen kokoonpano", []],
  ])("%s", (h, fields) => expect(matchHeading(h)).toEqual(fields));
  it("splits a flattened list only before a capital letter", () => {
    expect(splitFlattenedItems("- Nimitiedot- Sukupuoli- Kampanja- ja yhteydenottotiedot")).toEqual(["- Nimitiedot", "- Sukupuoli", "- Kampanja- ja yhteydenottotiedot"]);
  });
  it("HTML becomes text through the parser; scripts are dropped and entities decoded", () => {
    expect(htmlToText("<p>A &amp; B</p><script>alert(1)</script><ul><li>x</li><li>y</li></ul>")).toBe("A & B\n\n- x\n- y");
  });
});

describe("the draft as a notice", () => {
  it("a not-placed passage can be assigned or dropped; the notice keeps the seed's words", () => {
    let d = parseNotice(seedText("004"));
    const stray = d.unplaced[0];
    d = assignPassage(d, stray, "drop");
    expect(d.unplaced).toEqual([]);
    const n = draftToNotice(d);
    expect(n.name).toBe("MIELI Länsirannikon mielenterveys ry/Asiakkaat");
    expect(n.recipients.join()).toContain("lastensuojeluilmoitusta");
    expect(new Set(n.dataCategories.map((c) => c.code)).size).toBe(n.dataCategories.length);
    expect(n.controller).toBeTruthy();
    const d2 = assignPassage(parseNotice(seedText("000")), parseNotice(seedText("000")).unplaced[0], "changes");
    expect(d2.fields.changes?.items.join()).toContain("Maaria Seppälä");
  });
});

describe("the authorisation matrix's notice (tests/browser/support/action-table.ts)", () => {
  it("leaves exactly its signature, passage p3, not placed", async () => {
    const { MATRIX_NOTICE } = await import("../browser/support/action-table");
    const d = parseNotice(MATRIX_NOTICE);
    expect(d.unplaced).toEqual(["p3"]);
    expect(d.passages.find((p) => p.id === "p3")?.text).toContain("Helsingissä 1.2.2024");
  });
});
