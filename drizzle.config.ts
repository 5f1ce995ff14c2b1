import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed (never `push`): the same SQL runs on
// PGlite and on PostgreSQL 15, so keep to SQL both accept.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
  casing: undefined,
});
