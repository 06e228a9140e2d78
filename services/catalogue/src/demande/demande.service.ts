import type { Caller } from "@sigma/kit/auth/caller";
import { parisDay } from "@sigma/kit/clock/clock";
import { inTransaction, isUniqueViolation } from "@sigma/kit/db/transaction";
import { badInput, conflict, notFound } from "@sigma/kit/errors/errors";
import { Action } from "../action/action.entity.js";
import { Composante } from "../composante/composante.entity.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { Session } from "../session/session.entity.js";
import type { DatesSaisie } from "./dates-proposees.js";
import { DatesDemande } from "./demande-dates.js";
import { saisieOf, SessionsDemande } from "./demande-sessions.js";
import { DemandeModification } from "./demande.entity.js";
import { EtatDemande, LIBELLE_TYPE, TypeDemande } from "./demande.enums.js";
import type { NouvelleDemandeInput } from "./demande.input.js";
import type { DemandeStore } from "./demande.store.js";
import { alreadyPending, DEJA_EMISE, idOf, ownerOf } from "./demande.guards.js";
import type { Ligne } from "./recap.js";
import type { SessionProposee, SessionSaisie } from "./session-proposee.js";
import type { EntityManager } from "typeorm";

/**
 * The life of a « demande de modification » (seeds 003, 004): created by the titulaire,
 * saved with its recap, emitted — applied at once for sessions, waiting for the Région for
 * dates — then validated or refused by the Région (DecisionService). One pending request of a
 * type per action.
 */
export class DemandeService {
  constructor(
    private readonly store: DemandeStore,
    private readonly sessions: SessionsDemande,
    private readonly dates: DatesDemande,
  ) {}

  async nouvelle(caller: Caller, input: NouvelleDemandeInput): Promise<DemandeModification> {
    const organismeId = ownerOf(caller);
    const db = this.store.db;
    const action = await db.getRepository(Action).findOneBy({ id: idOf(input.actionId) });
    if (!action || action.organismeId !== organismeId) throw notFound("Action introuvable.");
    let composanteId: number | null = null;
    let sessionId: number | null = null;
    if (input.type === TypeDemande.SESSIONS_ET_INFORMATIONS_COLLECTIVES) {
      if (input.composanteId == null) throw badInput("Choisissez la composante de la session.", "composanteId");
      const composante = await db.getRepository(Composante).findOneBy({ id: idOf(input.composanteId), actionId: action.id });
      if (!composante) throw badInput("Composante inconnue pour cette action.", "composanteId");
      composanteId = composante.id;
      if (input.sessionId != null) {
        const session = await db.getRepository(Session).findOneBy({ id: idOf(input.sessionId), composanteId });
        if (!session) throw badInput("Session inconnue pour cette composante.", "sessionId");
        sessionId = session.id;
      }
    } else if (input.composanteId != null || input.sessionId != null) {
      throw badInput("Une demande de modification de dates porte sur toute l'action : ne choisissez ni composante ni session.", "composanteId");
    }
    const organisme = await db.getRepository(Organisme).findOneByOrFail({ id: organismeId });
    try {
      return await inTransaction(db, async (tx) => {
        const pending = await tx.getRepository(DemandeModification).findOneBy({ actionId: action.id, type: input.type, enCours: 1 });
        if (pending) throw alreadyPending(input.type, pending.etat);
        const now = this.store.clock.now().getTime();
        const { identifiers } = await tx.getRepository(DemandeModification).insert({
          actionId: action.id, organismeId, type: input.type, etat: EtatDemande.EN_ATTENTE_EMISSION, enCours: 1, composanteId, sessionId,
          emetteur: caller.identifiant, emetteurLibelle: `${organisme.raisonSociale} Titulaire`, dateEmission: null,
          motivation: null, observations: null, contenu: null, creeLe: now, modifieLe: now,
        });
        const demande = await tx.getRepository(DemandeModification).findOneByOrFail({ id: Number(identifiers[0]!.id) });
        await this.store.log(tx, caller, demande, "creation", undefined, { etat: demande.etat, type: demande.type });
        return demande;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyPending(input.type, EtatDemande.EN_ATTENTE_EMISSION);
      throw error;
    }
  }

  async enregistrerSession(caller: Caller, demandeId: string, saisie: SessionSaisie): Promise<DemandeModification> {
    const demande = await this.draft(caller, demandeId, TypeDemande.SESSIONS_ET_INFORMATIONS_COLLECTIVES);
    return inTransaction(this.store.db, async (tx) => {
      const { proposee, lignes } = await this.sessions.prepare(tx, demande, saisie);
      return this.save(tx, caller, demande, proposee, lignes);
    });
  }

  async enregistrerDates(caller: Caller, demandeId: string, saisie: DatesSaisie): Promise<DemandeModification> {
    const demande = await this.draft(caller, demandeId, TypeDemande.DATES);
    const reelle = await this.dates.dateDebutReelle(demande);
    return inTransaction(this.store.db, async (tx) => {
      const { lignes } = await this.dates.prepare(tx, demande, saisie, reelle);
      const stored: DatesSaisie = { ...saisie, composantes: (saisie.composantes ?? []).map((c) => ({ ...c, composanteId: Number(c.composanteId) })) };
      return this.save(tx, caller, demande, stored, lignes);
    });
  }

  /** Sessions: checked again and applied at once (validée). Dates: checked again, then wait for the Région. */
  async emettre(caller: Caller, demandeId: string, motivation: string | null): Promise<DemandeModification> {
    const demande = await this.draft(caller, demandeId);
    if (demande.contenu === null) throw badInput("Aucune modification n'a été saisie : enregistrez la demande avant de l'émettre.", "demandeId");
    const texte = motivation?.trim() || null;
    if (texte && texte.length > 4000) throw badInput("La motivation ne peut dépasser 4000 caractères.", "motivation");
    const changes = { dateEmission: parisDay(this.store.clock.now()), motivation: texte };
    const reelle = demande.type === TypeDemande.DATES ? await this.dates.dateDebutReelle(demande) : null;
    return inTransaction(this.store.db, async (tx) => {
      if (demande.type === TypeDemande.DATES) {
        const { lignes } = await this.dates.prepare(tx, demande, JSON.parse(demande.contenu!) as DatesSaisie, reelle);
        if (!lignes.length) throw badInput("Aucune modification n'a été saisie.", "demandeId");
        await this.store.transition(tx, demande, EtatDemande.EN_ATTENTE_EMISSION, EtatDemande.EN_ATTENTE_VALIDATION, changes, DEJA_EMISE);
        await this.store.saveRecap(tx, demande.id, lignes);
      } else {
        const { proposee, lignes } = await this.sessions.prepare(tx, demande, saisieOf(JSON.parse(demande.contenu!) as SessionProposee));
        if (!lignes.length) throw badInput("Aucune modification n'a été saisie.", "demandeId");
        await this.store.transition(tx, demande, EtatDemande.EN_ATTENTE_EMISSION, EtatDemande.VALIDEE, changes, DEJA_EMISE);
        await this.store.saveRecap(tx, demande.id, lignes);
        const session = await this.sessions.apply(tx, caller, demande, proposee);
        if (demande.sessionId === null) await tx.getRepository(DemandeModification).update(demande.id, { sessionId: session.id });
        demande.sessionId = session.id;
      }
      await this.store.log(tx, caller, demande, "emission", { etat: EtatDemande.EN_ATTENTE_EMISSION }, { etat: demande.etat, dateEmission: demande.dateEmission });
      return demande;
    });
  }

  /** Only a draft may be deleted (seed 004); a validated session is cancelled with 0 places instead. */
  async supprimer(caller: Caller, demandeId: string): Promise<string> {
    const demande = await this.store.find(caller, demandeId);
    ownerOf(caller);
    if (demande.etat !== EtatDemande.EN_ATTENTE_EMISSION) {
      throw conflict(
        demande.type === TypeDemande.SESSIONS_ET_INFORMATIONS_COLLECTIVES && demande.etat === EtatDemande.VALIDEE
          ? "Une demande validée ne peut être supprimée : une session validée ne se supprime pas, mettez ses places à 0 pour l'annuler."
          : "Seule une demande en attente d'émission peut être supprimée.",
      );
    }
    return inTransaction(this.store.db, async (tx) => {
      const deleted = await tx.getRepository(DemandeModification).delete({ id: demande.id, etat: EtatDemande.EN_ATTENTE_EMISSION });
      if (deleted.affected !== 1) throw conflict(DEJA_EMISE);
      await this.store.log(tx, caller, demande, "suppression", { etat: demande.etat, contenu: demande.contenu }, undefined);
      return "La demande de modification a été correctement supprimée.";
    });
  }

  private async draft(caller: Caller, demandeId: string, type?: TypeDemande): Promise<DemandeModification> {
    ownerOf(caller);
    const demande = await this.store.find(caller, demandeId);
    if (type && demande.type !== type) throw badInput(`Cette demande est une « ${LIBELLE_TYPE[demande.type]} ».`, "demandeId");
    if (demande.etat !== EtatDemande.EN_ATTENTE_EMISSION) throw conflict(DEJA_EMISE);
    return demande;
  }

  private async save(tx: EntityManager, caller: Caller, demande: DemandeModification, contenu: unknown, lignes: Ligne[]): Promise<DemandeModification> {
    await this.store.transition(tx, demande, EtatDemande.EN_ATTENTE_EMISSION, EtatDemande.EN_ATTENTE_EMISSION, { contenu: JSON.stringify(contenu) }, DEJA_EMISE);
    await this.store.saveRecap(tx, demande.id, lignes);
    await this.store.log(tx, caller, demande, "enregistrement", undefined, contenu);
    return demande;
  }
}
