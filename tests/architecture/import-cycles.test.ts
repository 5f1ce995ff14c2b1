import { describe, expect, it } from "vitest";
import { findCycles, importGraph } from "./import-graph";

// House rule 12 and issue 10 item 9: no import cycles in lib/ (nor through emails/). A cycle means two
// modules cannot be understood, tested or changed apart: split by concept until it is gone.
describe("import cycles", () => {
  it("finds a cycle when there is one (the checker itself works)", () => {
    const g = new Map([
      ["/r/a.ts", ["/r/b.ts"]],
      ["/r/b.ts", ["/r/a.ts"]],
      ["/r/c.ts", ["/r/a.ts"]],
    ]);
    expect(findCycles(g)).toHaveLength(1);
  });

  it("lib/ and emails/ have none", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    expect(findCycles(graph)).toEqual([]);
  });
});
