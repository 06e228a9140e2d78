import { describe, expect, it } from "vitest";
import { formation, type LheoSession } from "./lheo.writer.js";
import { compactDay, text, xml } from "./xml.js";

const options = { codePublicVise: "80056" };
const session: LheoSession = {
  id: 7, numero: "01", dateDebut: "2022-09-01", dateFin: "2022-12-31", nbPlaces: 0, modifieLe: Date.parse("2023-01-05T13:00:00.000Z"),
  site: { libelle: "CAP 2000 TEST", adresse: null, codePostal: "34500", ville: "BEZIERS" },
  informationsCollectives: [
    {
      date: "2022-08-31", heureDebut: "09:30", heureFin: "12:00", nbPlaces: 0, commentaire: "a < b & c",
      adresse: { ligne: "x".repeat(60), numeroVoie: null, extensionVoie: null, typeVoie: null, libelleVoie: "x".repeat(60), complement: null, mentionSpeciale: null, codePostal: "34000", ville: "MONTPELLIER", cedex: "CEDEX 1" },
    },
  ],
  composante: { numero: "01", intitule: "FORP - Formation Projet Pro" },
  action: { numero: "23P0000000_TEST_1", intitule: "LOT TEST", type: "COLLECTIVE", dureeCentre: 31050, dureeEntreprise: 14000 },
  organisme: { siret: "12345678900017", numeroActivite: null, raisonSociale: "ORGANISME TEST PRF 23", adresse: null, complementAdresse: null, codePostal: null, ville: null },
};

describe("LHEO 2.3 writer", () => {
  it("closes the recruitment of a cancelled session and never announces its cancelled information collective", () => {
    const out = formation(session, options);
    expect(out).toContain("<etat-recrutement>2</etat-recrutement>");
    expect(out).not.toContain("<date-information>");
    expect(out).not.toContain("<adresse-information>");
    expect(out).toContain("<heure-debut>09h30</heure-debut><heure-fin>12h00</heure-fin><commentaire>a &lt; b &amp; c</commentaire>");
    expect(out).toContain('<formation numero="23P0000000_TEST_1-01" datemaj="20230105" horodatage-modification="2023-01-05T13:00:00.000Z">');
    expect(out).toContain('<session numero="7">');
  });

  it("announces the first live information collectives, and opens the recruitment of a session with places", () => {
    const ic = session.informationsCollectives[0]!;
    const out = formation({ ...session, nbPlaces: 12, informationsCollectives: [ic, { ...ic, nbPlaces: 10, date: "2022-08-20" }] }, options);
    expect(out).toContain("<etat-recrutement>1</etat-recrutement>");
    expect(out).toContain("<date-information><date>20220820</date></date-information>");
    expect(out.match(/<date-information>/g)).toHaveLength(1);
    expect(out.match(/<recrutement>/g)).toHaveLength(2);
    expect(out).toContain("<nb-places-financees>12</nb-places-financees>");
  });

  it("bounds lines to 50 characters, keeps the cedex with the ville, and writes only whole hours", () => {
    const out = formation(session, options);
    expect(out).toContain(`<ligne>${"x".repeat(50)}</ligne><codepostal>34000</codepostal><ville>MONTPELLIER CEDEX 1</ville>`);
    expect(out).not.toContain("<nombre-heures-centre>");
    expect(out).toContain("<nombre-heures-entreprise>140</nombre-heures-entreprise>");
    expect(out).toContain("<modalites-alternance>310.50 h en centre, 140.00 h en entreprise.</modalites-alternance>");
    expect(out).toContain("<numero-activite>00000000000</numero-activite>");
    expect(out).toContain("<contact-organisme><coordonnees/></contact-organisme>");
  });

  it("escapes text and drops characters XML 1.0 cannot carry; bounds text in characters; dates are AAAAMMJJ", () => {
    expect(xml('<"é">\u0001&')).toBe("&lt;&quot;é&quot;&gt;&amp;");
    expect(xml("rien à échapper")).toBe("rien à échapper");
    expect(text("t", "é".repeat(5), 3)).toBe("<t>ééé</t>");
    // 4 code points in 8 UTF-16 units: not cut at 5.
    expect(text("t", "😀".repeat(4), 5)).toBe(`<t>${"😀".repeat(4)}</t>`);
    expect(compactDay("2022-09-01")).toBe("20220901");
  });
});
