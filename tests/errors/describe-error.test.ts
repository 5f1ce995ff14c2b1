import { describe, expect, it } from "vitest";
import { describeError, isDatabaseUnavailable } from "@/lib/errors";

// Log lines name an error by its class and codes only: a statement's message can quote personal data.
describe("describing an error for a log line", () => {
  it("gives the class and the codes down the cause chain, never the message", () => {
    const driver = Object.assign(new Error('duplicate key value (email)=(aino@example.fi)'), { code: "23505", constraint_name: "users_email_unique" });
    const wrapped = new Error("Failed query: insert into users … aino@example.fi", { cause: driver });
    expect(describeError(wrapped)).toBe("Error 23505 users_email_unique");
    expect(describeError(Object.assign(new Error("UNSAFE_TRANSACTION: …"), { code: "UNSAFE_TRANSACTION" }))).toBe("Error UNSAFE_TRANSACTION");
    expect(describeError("not an error")).toBe("error");
  });

  it("reads the same chain as the unavailability check", () => {
    const down = new Error("wrapped", { cause: Object.assign(new Error("gone"), { code: "57P01" }) });
    expect(isDatabaseUnavailable(down)).toBe(true);
    expect(describeError(down)).toBe("Error 57P01");
    expect(isDatabaseUnavailable(new Error("other"))).toBe(false);
  });
});
