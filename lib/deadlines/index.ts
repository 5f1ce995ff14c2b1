/**
 * Deadlines of data-subject requests (GDPR Art. 12(3), Reg. 1182/71, EDPB 01/2022; LEGAL.md §1).
 * Pure functions only: pass "today" / the instant in, nothing reads the clock or the database.
 */
export * from "./calendar";
export * from "./holidays";
export * from "./compute";
export * from "./settings";
