import type { Role } from "../auth/types";

/**
 * Who acts: the session user, reduced to what authorisation needs. The id and the organisations come
 * from the session (house rule 3), never from the client; tests build it directly. `organisationIds`
 * are the active memberships; `adminOrganisationIds` those with the admin role (absent = none), so
 * admin rights are checked per organisation (lib/auth/types.ts isAdminOf), never from `role`.
 */
export type StaffActor = { id: string; role: Role; organisationIds: string[]; adminOrganisationIds?: string[] };

/** Options every workflow function takes, so that tests can fix "now". */
export type ActOptions = { now?: Date };
