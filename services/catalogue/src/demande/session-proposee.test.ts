import { describe, expect, it } from "vitest";
import type { Composante } from "../composante/composante.entity.js";
import type { InformationCollective } from "../session/information-collective.entity.js";
import type { Session } from "../session/session.entity.js";
import { recapSession } from "./recap.js";
import { checkSession, type SessionContexte, type SessionSaisie } from "./session-proposee.js";

const composante = { id: 1, numero: "01", intitule: "FORP - Formation Projet Pro", dateDebut: "2022-09-01", dateFin: "2024-06-30", libelle: "01 - FORP - Formation Projet Pro" } as Composante;
const ADRESSE = { libelleVoie: "de la madeleine", codePostal: "34000", ville: "montpellier" };
const IC = { date: "2022-08-31", heureDebut: "10:00", heureFin: "12:00", nbPlaces: 20, adresse: ADRESSE };
const context = (changes: Partial<SessionContexte> = {}): SessionContexte => ({ composante, session: null, informationsCollectives: [], numerosPris: [], siteIds: [1, 2], ...changes });
const saisie = (changes: Partial<SessionSaisie> = {}): SessionSaisie => ({ dateDebut: "2022-09-01", dateFin: "2022-12-31", siteId: "1", nbPlaces: 10, ...changes });
const message = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  return "accepté";
};

describe("a session request's rules (seed 004)", () => {
  it("numbers a new session with the first free number, or the one asked for", () => {
    expect(checkSession(saisie(), context({ numerosPris: ["01", "03"] })).numero).toBe("02");
    expect(checkSession(saisie({ numero: " 07 " }), context({ numerosPris: ["01"] })).numero).toBe("07");
    expect(message(() => checkSession(saisie({ numero: "00" }), context()))).toBe("Le numéro de session doit compter 2 chiffres, de 01 à 99 (ex. 01).");
  });

  it("accepts the composante's own first and last days, and 0 places (a cancellation)", () => {
    expect(checkSession(saisie({ dateDebut: "2022-09-01", dateFin: "2024-06-30", nbPlaces: 0 }), context()).nbPlaces).toBe(0);
    expect(message(() => checkSession(saisie({ nbPlaces: 10_000 }), context()))).toBe("Le nombre de places de la session ne peut dépasser 9999.");
  });

  it("takes hh:mm from 00:00 to 23:59 only, the end strictly after the start", () => {
    const ic = (heureDebut: string, heureFin: string) => () => checkSession(saisie({ informationsCollectives: [{ ...IC, heureDebut, heureFin }] }), context());
    expect(message(ic("00:00", "23:59"))).toBe("accepté");
    expect(message(ic("07:5", "09:00"))).toBe("L'heure de début de l'information collective doit être au format hh:mm (ex. 09:30).");
    expect(message(ic("09:00", "09:60"))).toBe("L'heure de fin de l'information collective doit être au format hh:mm (ex. 09:30).");
    expect(message(ic("09:01", "09:00"))).toBe("L'heure de fin de l'information collective (09:00) doit être après l'heure de début (09:01).");
  });

  it("keeps the comment exactly as typed, trims the address and writes the ville in capitals", () => {
    const [ic] = checkSession(saisie({ informationsCollectives: [{ ...IC, commentaire: " ligne 1\n\tligne 2 ", adresse: { ...ADRESSE, typeVoie: "  allée " } }] }), context()).informationsCollectives;
    expect(ic).toMatchObject({ commentaire: " ligne 1\n\tligne 2 ", typeVoie: "allée", ville: "MONTPELLIER", numeroVoie: null });
  });
});

describe("the recap of a change (seed 004 « MODIFICATIONS »)", () => {
  const session = { id: 1, numero: "01", dateDebut: "2022-09-01", dateFin: "2022-12-31", siteId: 1, nbPlaces: 10, codeOffreInfo: null } as Session;
  const existing = { id: 5, ...IC, ...ADRESSE, ville: "MONTPELLIER", numeroVoie: "12", extensionVoie: "ter", typeVoie: "allée", complement: null, mentionSpeciale: null, cedex: null, commentaire: null } as unknown as InformationCollective;

  it("lists only what changed on an existing session, an existing information collective under its date, a new one without", () => {
    const proposee = checkSession(
      saisie({
        dateFin: "2023-01-31",
        informationsCollectives: [
          { ...IC, id: "5", heureFin: "12:30", adresse: { ...ADRESSE, numeroVoie: "12", extensionVoie: "ter", typeVoie: "allée" } },
          { ...IC, date: "2023-01-10", adresse: { ...ADRESSE, libelleVoie: "rue de la Loge" } },
        ],
      }),
      context({ session, informationsCollectives: [existing] }),
    );
    const lignes = recapSession(composante, { session, informationsCollectives: [existing], lieu: "L1" }, proposee, "L1");
    const P = "01 - FORP - Formation Projet Pro / Session n° 01";
    expect(lignes.slice(0, 2)).toEqual([
      { intitule: `${P} / Date fin`, avant: "31/12/2022", apres: "31/01/2023" },
      { intitule: `${P} / Information collective du 31/08/2022 / Heure de fin (hh.mm)`, avant: "12:00", apres: "12:30" },
    ]);
    expect(lignes.slice(2).map((l) => l.intitule.replace(`${P} / Information collective / `, ""))).toEqual([
      "Date", "Heure de début (hh.mm)", "Heure de fin (hh.mm)", "Nombre de places pour l'information collective", "Libellé de la voie", "Code postal", "Ville",
    ]);
    expect(lignes.slice(2).every((l) => l.avant === "-")).toBe(true);
  });

  it("is empty when nothing changes", () => {
    const proposee = checkSession(saisie(), context({ session }));
    expect(recapSession(composante, { session, informationsCollectives: [], lieu: "L1" }, proposee, "L1")).toEqual([]);
  });
});
