import { describe, expect, it } from "vitest";
import { occurrenceCounter } from "./lheo.scenario.js";

describe("occurrenceCounter", () => {
  it("counts a needle cut across chunks once, and whole ones in a chunk each", () => {
    const counter = occurrenceCounter(Buffer.from("<formation "));
    for (const chunk of ["<offres>\n<form", "ation a/>\n<formation b/><formation", " c/>", "<formatio", "n", " d/></offres>"]) counter.feed(Buffer.from(chunk));
    expect(counter.count()).toBe(4);
  });

  it("counts nothing in a text without the needle, even one ending with its start", () => {
    const counter = occurrenceCounter(Buffer.from("<formation "));
    counter.feed(Buffer.from("<formations/><formation"));
    expect(counter.count()).toBe(0);
  });
});
