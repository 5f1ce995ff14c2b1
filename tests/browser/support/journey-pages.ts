import { seedId } from "@/lib/seed/ids";
import { ORG_X, PERSON_A, REG_X, REQ_A } from "./route-table";
import type { Role } from "./roles";

/**
 * Every page of the journeys (issue 12), with the role that walks it: the subject's, the staff
 * member's and the admin's, plus the public pages read signed out. The phone-width and the
 * plain-language tests walk the same list.
 */
export const JOURNEY_PAGES: Array<{ role: Role; path: string }> = [
  { role: "anon", path: "/" },
  { role: "anon", path: "/sign-in" },
  { role: "anon", path: "/organisations/turun-kaupunkilahetys/privacy" },
  { role: "anon", path: "/organisations/mieli-lansirannikko/privacy" },
  { role: "anon", path: "/complaint" },
  { role: "anon", path: "/accessibility" },
  { role: "subjectA", path: "/my/requests" },
  { role: "subjectA", path: "/my/requests/new?org=turun-kaupunkilahetys&type=access" },
  { role: "subjectA", path: "/my/requests/new?org=turun-kaupunkilahetys&type=rectification" },
  { role: "subjectA", path: `/my/requests/${REQ_A}` },
  { role: "subjectA", path: "/my/data" },
  { role: "subjectA", path: "/my/verify" },
  { role: "staffX", path: "/staff" },
  { role: "staffX", path: `/staff/requests/${REQ_A}` },
  { role: "staffX", path: `/staff/requests/${seedId("request", "TKL-2026-0003")}` },
  { role: "staffX", path: "/staff/persons" },
  { role: "staffX", path: `/staff/persons/${PERSON_A}` },
  { role: "staffX", path: "/staff/dashboard" },
  { role: "staffX", path: "/staff/intake" },
  { role: "staffX", path: "/staff/retention" },
  { role: "staffX", path: "/staff/invitations" },
  { role: "adminX", path: "/admin" },
  { role: "adminX", path: `/admin/organisations/${ORG_X}` },
  { role: "adminX", path: `/admin/organisations/${ORG_X}/staff` },
  { role: "adminX", path: `/admin/organisations/${ORG_X}/templates` },
  { role: "adminX", path: `/admin/registers/${REG_X}` },
];
