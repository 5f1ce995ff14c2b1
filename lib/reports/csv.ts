/**
 * CSV for data portability (Art. 20): only the data the subject provided, processed on consent or
 * contract — identity, contact details, consents, event registrations, feedback, and the case notes
 * whose source is the subject. Everything else (professionals' notes, access log, camera entries)
 * is in the access report, not here.
 */
import type { Writable } from "node:stream";
import { isPortableNote, toPortableHead, type CaseNoteSource, type ReportHead } from "./report-data";
import { textWriter } from "./stream-write";

export const CSV_COLUMNS = ["register", "record_id", "category", "item_id", "field", "value"] as const;

/** The structure, for the subject and for whoever imports the file (shown with the download). */
export const docs = `Omatieto portability export (CSV, omatieto.report/2)

Encoding UTF-8 with a byte-order mark; comma-separated; fields quoted as in RFC 4180; CRLF line ends.
One row per value ("long" format), so every register and record fits the same six columns:

  register   the register's name, in the report's language
  record_id  the record's identifier in that register
  category   identity | contact | consent | event_registration | feedback | case_note
  item_id    the item's identifier (consents, events, feedback, notes); empty for identity and contact
  field      the field's name (see below)
  value      the value; dates ISO 8601 (YYYY-MM-DD), times ISO 8601 in UTC; booleans true/false;
             an empty value means "not recorded"

Fields per category:
  identity            first_name, last_name, birth_year, birth_date, identity_code (masked unless asked
                      for in full), gender, mother_tongue, service_language (fi/sv/en), working_life_status
  contact             email, phone, street_address, postal_code, city
  consent             purpose, purpose_description, description, given_at, withdrawn_at, method
  event_registration  kind (event/training/group), event_name, event_date, dietary_needs, attended, registered_at
  feedback            given_at, channel, rating, body
  case_note           written_at, channel, topic, body  (only notes whose source is you)
Every coded field (gender, mother_tongue, service_language, working_life_status, purpose, method, kind,
channel) is followed by a "<field>_label" row with its name in the report's language.

Blanked text (another person's data, GDPR Art. 15(4)) appears as █████; an item withheld under
section 34 of the Data Protection Act has a "withheld_reason" row instead of its text.
A text value that starts with = + - @ (other than a number or phone number) is prefixed with ' so
that a spreadsheet does not run it as a formula.
`;

/**
 * RFC 4180: quote when needed, double the quotes. A text that a spreadsheet would run as a formula
 * (CSV injection) gets a leading apostrophe; phone numbers and signed numbers ("+358 40 …") are
 * left as they are, since they cannot call functions.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "string" ? value : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?[\d\s().,-]*$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: unknown[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

type Item = { id: string; withheld?: { reason: string } };

export async function writeCsvReport(fullHead: ReportHead, notes: CaseNoteSource, out: Writable): Promise<void> {
  const head = toPortableHead(fullHead);
  const w = textWriter(out);
  try {
    await w.write("\uFEFF" + csvRow([...CSV_COLUMNS]));
    for (const reg of head.registers) {
      for (const rec of reg.records) {
        const put = (category: string, itemId: string, fields: Record<string, unknown>) =>
          w.write(Object.entries(fields).map(([f, v]) => csvRow([reg.name, rec.id, category, itemId, f, v])).join(""));
        const item = <T extends Item>(category: string, x: T, fields: Record<string, unknown>) =>
          put(category, x.id, x.withheld ? { withheld_reason: x.withheld.reason } : fields);
        const i = rec.identity;
        await put("identity", "", {
          first_name: i.firstName, last_name: i.lastName, birth_year: i.birthYear, birth_date: i.birthDate, identity_code: i.identityCode,
          gender: i.gender, gender_label: i.genderLabel, mother_tongue: i.motherTongue, mother_tongue_label: i.motherTongueLabel,
          service_language: i.serviceLanguage, service_language_label: i.serviceLanguageLabel,
          working_life_status: i.workingLifeStatus, working_life_status_label: i.workingLifeStatusLabel,
        });
        const a = rec.contact.address;
        await put("contact", "", { email: rec.contact.email, phone: rec.contact.phone, street_address: a?.street, postal_code: a?.postalCode, city: a?.city });
        for (const x of rec.consents)
          await item("consent", x, {
            purpose: x.purpose, purpose_label: x.purposeLabel, purpose_description: x.purposeDescription, description: x.description,
            given_at: x.givenAt, withdrawn_at: x.withdrawnAt, method: x.method, method_label: x.methodLabel,
          });
        for (const x of rec.eventRegistrations)
          await item("event_registration", x, { kind: x.kind, kind_label: x.kindLabel, event_name: x.eventName, event_date: x.eventDate, dietary_needs: x.dietaryNeeds, attended: x.attended, registered_at: x.registeredAt });
        for (const x of rec.feedback) await item("feedback", x, { given_at: x.givenAt, channel: x.channel, channel_label: x.channelLabel, rating: x.rating, body: x.body });
        for await (const n of notes(rec.id)) {
          if (isPortableNote(n)) await item("case_note", n, { written_at: n.writtenAt, channel: n.channel, channel_label: n.channelLabel, topic: n.topic, body: n.body });
        }
      }
    }
  } catch (e) {
    w.fail(e);
    throw e;
  }
  await w.end();
}
