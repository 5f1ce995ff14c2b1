import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, createRequest, type Org } from "../workflow/fixtures";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, memberships, organisations, users } from "@/lib/db/schema";
import { readSessionExtras } from "@/lib/auth/queries";
import { answerInvitation } from "@/lib/admin/queries";
import { createOrganisation, inviteAdmin, listOrganisationsForOperator, setOrganisationState, withdrawAdminInvitation } from "@/lib/operator/queries";
import { createOperator } from "@/lib/operator/setup-queries";
import { createOrganisationSchema } from "@/lib/operator/schema";
import { listOrganisations } from "@/lib/organisations/queries";
import { listPersons, getPerson } from "@/lib/persons/queries";
import { getRequestView } from "@/lib/workflow/view-queries";
import type { StaffActor } from "@/lib/workflow/types";

// Issue 10 item 1: the platform operator creates organisations and invites their first admin, and
// sees no personal data. Actors come from the database exactly as a session builds them.

let h: DbHandle;
let x: Org;
let operator: StaffActor;
beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "OPX");
  const op = await createOperator(h.db, { email: "operaattori@liitto.example", name: "Olli Operaattori" });
  operator = await actorOf(op.id);
});
afterAll(async () => h?.close());

async function actorOf(userId: string): Promise<StaffActor> {
  const e = await readSessionExtras(h.db, userId);
  return { id: userId, role: e.role, organisationIds: e.organisationIds, adminOrganisationIds: e.adminOrganisationIds };
}

const orgForm = (slug: string) =>
  createOrganisationSchema.parse({
    name: "Kriisikeskus Esimerkki ry",
    businessId: "1234567-8",
    streetAddress: "Kauppakatu 1",
    postalCode: "65100",
    city: "Vaasa",
    contactName: "Tietosuojavastaava",
    contactEmail: "tietosuoja@kriisi.example",
    referencePrefix: "kke",
    slug,
    languages: { fi: "on", sv: "on" },
  });

describe("the operator's session", () => {
  it("is an operator with no organisations, so no staff or admin right anywhere", () => {
    expect(operator).toMatchObject({ role: "operator", organisationIds: [], adminOrganisationIds: [] });
  });
});

describe("creating an organisation and inviting its first admin", () => {
  it("creates the organisation with default settings and an audit event in its own chain", async () => {
    const { id } = await createOrganisation(h.db, operator, orgForm("kriisikeskus"));
    const [org] = await h.db.select().from(organisations).where(eq(organisations.id, id));
    expect(org).toMatchObject({ slug: "kriisikeskus", referencePrefix: "KKE", languages: ["fi", "sv"], businessId: "1234567-8", disabledAt: null });
    expect(org.settings.clockStart).toBe("receipt");
    const events = await h.db.select().from(auditEvents).where(eq(auditEvents.organisationId, id));
    expect(events.map((e) => [e.action, e.actorRole])).toEqual([["organisation.created", "operator"]]);
    expect(await reason(createOrganisation(h.db, operator, orgForm("kriisikeskus")))).toBe("organisation_slug_taken");
  });

  it("invites the admin: a pending admin membership and a staff_invitation email; accepting makes an admin", async () => {
    const [org] = await h.db.select().from(organisations).where(eq(organisations.slug, "kriisikeskus"));
    const { userId } = await inviteAdmin(h.db, operator, { organisationId: org.id, email: "paakayttaja@kriisi.example", name: "Pia Pääkäyttäjä", locale: "sv" });
    const [m] = await h.db.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, org.id)));
    expect(m).toMatchObject({ role: "admin", acceptedAt: null, invitedBy: operator.id });
    const [u] = await h.db.select().from(users).where(eq(users.id, userId));
    expect(u).toMatchObject({ role: "staff", locale: "sv" });
    const mail = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "paakayttaja@kriisi.example"));
    expect(mail.map((e) => e.template)).toEqual(["staff_invitation"]);
    // Pending: nothing granted yet; the operator's list shows the invitation state.
    expect(await actorOf(userId)).toMatchObject({ organisationIds: [] });
    let listed = (await listOrganisationsForOperator(h.db, operator)).find((o) => o.id === org.id)!;
    expect(listed.admins).toMatchObject([{ email: "paakayttaja@kriisi.example", state: "invited" }]);

    await answerInvitation(h.db, await actorOf(userId), { organisationId: org.id, accept: true });
    expect(await actorOf(userId)).toMatchObject({ role: "admin", organisationIds: [org.id], adminOrganisationIds: [org.id] });
    listed = (await listOrganisationsForOperator(h.db, operator)).find((o) => o.id === org.id)!;
    expect(listed.admins[0].state).toBe("active");
    expect(await reason(inviteAdmin(h.db, operator, { organisationId: org.id, email: "paakayttaja@kriisi.example", name: "X", locale: "fi" }))).toBe("already_member");
  });

  it("refuses a subject's or the operator's own address, and an unknown organisation", async () => {
    const [org] = await h.db.select().from(organisations).where(eq(organisations.slug, "kriisikeskus"));
    await h.db.insert(users).values({ email: "asiakas@example.fi", role: "subject" });
    expect(await reason(inviteAdmin(h.db, operator, { organisationId: org.id, email: "asiakas@example.fi", name: "A", locale: "fi" }))).toBe("user_is_subject");
    expect(await reason(inviteAdmin(h.db, operator, { organisationId: org.id, email: "operaattori@liitto.example", name: "O", locale: "fi" }))).toBe("user_is_operator");
    expect(await reason(inviteAdmin(h.db, operator, { organisationId: crypto.randomUUID(), email: "uusi@kriisi.example", name: "U", locale: "fi" }))).toBe("not_found");
  });

  it("withdraws a pending invitation, never an accepted membership", async () => {
    const { userId } = await inviteAdmin(h.db, operator, { organisationId: x.id, email: "toinen@opx.example", name: "Toinen", locale: "fi" });
    expect(await reason(withdrawAdminInvitation(h.db, operator, { organisationId: x.id, userId }))).toBe("ok");
    expect(await reason(withdrawAdminInvitation(h.db, operator, { organisationId: x.id, userId: x.admin.id }))).toBe("not_found");
  });
});

describe("disabling an organisation", () => {
  it("hides it from the public list and page, and enabling brings it back", async () => {
    await setOrganisationState(h.db, operator, { organisationId: x.id, state: "disabled" });
    expect((await listOrganisations()).map((o) => o.id)).not.toContain(x.id);
    await setOrganisationState(h.db, operator, { organisationId: x.id, state: "enabled" });
    expect((await listOrganisations()).map((o) => o.id)).toContain(x.id);
  });
});

describe("the operator sees no personal data", () => {
  it("is refused every staff query of persons and requests, and its own list carries no personal fields", async () => {
    const person = await createPerson(h.db, x);
    const req = await createRequest(h.db, x, { personIds: [person.id] });
    expect(await reason(listPersons(h.db, operator, { list: "all" }))).toBe("not_found");
    expect(await reason(getPerson(h.db, operator, person.id))).toMatch(/not_found|forbidden/);
    expect(await reason(getRequestView(h.db, operator, req.id))).toMatch(/not_found|forbidden/);
    const listed = await listOrganisationsForOperator(h.db, operator);
    const keys = new Set(listed.flatMap((o) => [...Object.keys(o), ...o.admins.flatMap((a) => Object.keys(a))]));
    for (const k of ["persons", "requests", "messages", "firstName", "identityCode", "notes"]) expect(keys.has(k)).toBe(false);
  });

  it("an account that is not the operator cannot use the operator's queries", async () => {
    expect(await reason(createOrganisation(h.db, x.admin, orgForm("ei-saa")))).toBe("forbidden");
    expect(await reason(listOrganisationsForOperator(h.db, x.admin))).toBe("forbidden");
    // A forged actor claiming the role: the account is re-read in the transaction.
    expect(await reason(createOrganisation(h.db, { ...x.admin, role: "operator" }, orgForm("ei-saa")))).toBe("forbidden");
  });
});
