import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { DEMO } from "@sigma/kit/demo/demo-ids";
import { recordHistory } from "@sigma/kit/history/history";
import type { EntityManager } from "typeorm";
import { Composante } from "../composante/composante.entity.js";
import { DemandeModification } from "../demande/demande.entity.js";
import { EtatDemande, TypeDemande } from "../demande/demande.enums.js";
import { OBJET_DEMANDE } from "../demande/demande.loader.js";
import { LigneModification } from "../demande/ligne-modification.entity.js";
import { recapSession } from "../demande/recap.js";
import type { SessionProposee } from "../demande/session-proposee.js";
import { nextSequence } from "../flux/sequence.js";
import { InformationCollective } from "../session/information-collective.entity.js";
import { Session } from "../session/session.entity.js";
import { DEMO_OFFRE } from "./demo-offre.js";

/** Seed 004's session n° 01 and its information collective, published by a request validated on 15/12/2022. */
const PROPOSEE: SessionProposee = {
  numero: "01",
  dateDebut: "2022-09-01",
  dateFin: "2022-12-31",
  siteId: DEMO_OFFRE.sites.CAP_2000,
  nbPlaces: 10,
  codeOffreInfo: null,
  informationsCollectives: [
    {
      id: null, date: "2022-08-31", heureDebut: "10:00", heureFin: "12:00", nbPlaces: 20,
      commentaire: "arrêt XXXXX_ligne de bus n°XXXX\ntramway ligne X direction.....arrêt :",
      numeroVoie: "12", extensionVoie: "ter", typeVoie: "allée", libelleVoie: "de la madeleine", complement: null, mentionSpeciale: null,
      codePostal: "34000", ville: "MONTPELLIER", cedex: null,
    },
  ],
};

const EMISE_LE = new Date("2022-12-15T10:00:00+01:00");
const clock: Clock = { now: () => EMISE_LE };
const titulaire: Caller = { compteId: "demo", identifiant: "OR5159", role: "ORGANISME", organismeId: DEMO.organismes.OR5159 };

/** Written once (later changes made through the graph are kept across restarts). */
export async function seedDemoSession(tx: EntityManager): Promise<void> {
  if (await tx.getRepository(Session).existsBy({ id: DEMO_OFFRE.sessions.FORP_01 })) return;
  const composante = await tx.getRepository(Composante).findOneByOrFail({ id: DEMO_OFFRE.composantes.FORP });
  const instant = EMISE_LE.getTime();
  const { informationsCollectives, ...session } = PROPOSEE;
  await tx.getRepository(Session).insert({
    id: DEMO_OFFRE.sessions.FORP_01, actionId: DEMO.actions.TEST_1, composanteId: composante.id, organismeId: DEMO.organismes.OR5159,
    ...session, creeLe: instant, modifieLe: instant, sequence: await nextSequence(tx),
  });
  for (const { id: _new, ...ic } of informationsCollectives) {
    await tx.getRepository(InformationCollective).insert({ ...ic, sessionId: DEMO_OFFRE.sessions.FORP_01, modifieLe: instant });
  }
  await tx.getRepository(DemandeModification).insert({
    id: DEMO_OFFRE.demandes.FORP_01, actionId: DEMO.actions.TEST_1, organismeId: DEMO.organismes.OR5159,
    type: TypeDemande.SESSIONS_ET_INFORMATIONS_COLLECTIVES, etat: EtatDemande.VALIDEE, enCours: null, composanteId: composante.id,
    sessionId: DEMO_OFFRE.sessions.FORP_01, emetteur: "OR5159", emetteurLibelle: "ORGANISME TEST PRF 23 Titulaire", dateEmission: "2022-12-15",
    motivation: null, observations: null, contenu: JSON.stringify(PROPOSEE), creeLe: instant, modifieLe: instant,
  });
  const lieu = "ORGANISME TEST PRF 23 / CAP 2000 TEST / BEZIERS / 34500";
  const lignes = recapSession(composante, { session: null, informationsCollectives: [], lieu: null }, PROPOSEE, lieu);
  await tx.getRepository(LigneModification).insert(lignes.map((l, ordre) => ({ demandeId: DEMO_OFFRE.demandes.FORP_01, ordre, ...l })));
  for (const action of ["creation", "enregistrement", "emission"]) {
    await recordHistory(tx, titulaire, clock, { objetType: OBJET_DEMANDE, objetId: DEMO_OFFRE.demandes.FORP_01, action, organismeId: DEMO.organismes.OR5159 });
  }
  await recordHistory(tx, titulaire, clock, { objetType: "Session", objetId: DEMO_OFFRE.sessions.FORP_01, action: "creation", organismeId: DEMO.organismes.OR5159, apres: session });
}
