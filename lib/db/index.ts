export * from "./client";
export * as schema from "./schema";
export type * from "./types";
export { checkDatabaseRoles } from "./role-check";
