import { describe, expect, it } from "vitest";
import { LHEO_END, lheoEmpty, lheoStart } from "./lheo.envelope.js";

describe("LHEO 2.3 envelope", () => {
  const at = new Date("2023-01-05T13:38:00Z");

  it("opens `lheo` / `offres` with the export instant, and closes them", () => {
    expect(lheoStart(at)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3" horodatage-export="2023-01-05T13:38:00.000Z">\n<offres>\n');
    expect(LHEO_END).toBe("</offres>\n</lheo>\n");
  });

  it("writes an export with nothing to say as the LHEO+ envelope", () => {
    expect(lheoEmpty(at)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<lheo-plus xmlns="http://lheo.gouv.fr/2.3" horodatage-export="2023-01-05T13:38:00.000Z"/>\n');
  });
});
