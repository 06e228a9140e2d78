import { describe, expect, it } from "vitest";
import type { FluxSession } from "./lheo.query.js";
import { formation, lheoEmpty } from "./lheo.writer.js";
import { compactDay, xml } from "./xml.js";

const options = { codePublicVise: "80056", exportedAt: new Date("2023-01-05T13:38:00Z") };
const session: FluxSession = {
  id: "7", numero: "01", dateDebut: "2022-09-01", dateFin: "2022-12-31", nbPlaces: 0, annulee: true, modifieLe: "2023-01-05T13:00:00.000Z",
  site: { libelle: "CAP 2000 TEST", adresse: null, codePostal: "34500", ville: "BEZIERS" },
  informationsCollectives: [
    { date: "2022-08-31", heureDebut: "09:30", heureFin: "12:00", nbPlaces: 0, commentaire: "a < b & c", adresse: { ligne: "x".repeat(60), complement: null, mentionSpeciale: null, codePostal: "34000", ville: "MONTPELLIER", cedex: "CEDEX 1" } },
  ],
  composante: { numero: "01", intitule: "FORP - Formation Projet Pro" },
  action: {
    numero: "23P0000000_TEST_1", intitule: "LOT TEST", type: "COLLECTIVE", dureeCentre: "310.50", dureeEntreprise: "140.00",
    organisme: { siret: "12345678900017", numeroActivite: null, raisonSociale: "ORGANISME TEST PRF 23", adresse: null, complementAdresse: null, codePostal: null, ville: null },
  },
};

describe("LHEO 2.3 writer", () => {
  it("closes the recruitment of a cancelled session and never announces its cancelled information collective", () => {
    const out = formation(session, options);
    expect(out).toContain("<etat-recrutement>2</etat-recrutement>");
    expect(out).not.toContain("<date-information>");
    expect(out).not.toContain("<adresse-information>");
    expect(out).toContain("<heure-debut>09h30</heure-debut><heure-fin>12h00</heure-fin><commentaire>a &lt; b &amp; c</commentaire>");
  });

  it("bounds lines to 50 characters, keeps the cedex with the ville, and writes only whole hours", () => {
    const out = formation(session, options);
    expect(out).toContain(`<ligne>${"x".repeat(50)}</ligne><codepostal>34000</codepostal><ville>MONTPELLIER CEDEX 1</ville>`);
    expect(out).not.toContain("<nombre-heures-centre>");
    expect(out).toContain("<nombre-heures-entreprise>140</nombre-heures-entreprise>");
    expect(out).toContain("<numero-activite>00000000000</numero-activite>");
    expect(out).toContain("<contact-organisme><coordonnees/></contact-organisme>");
  });

  it("escapes text and drops characters XML 1.0 cannot carry; dates are AAAAMMJJ", () => {
    expect(xml('<"é">\u0001&')).toBe("&lt;&quot;é&quot;&gt;&amp;");
    expect(compactDay("2022-09-01")).toBe("20220901");
    expect(lheoEmpty(options)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<lheo-plus xmlns="http://lheo.gouv.fr/2.3" horodatage-export="2023-01-05T13:38:00.000Z"/>\n');
  });
});
