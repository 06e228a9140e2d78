import type { Caller } from "@sigma/kit/auth/caller";
import { recordHistory } from "@sigma/kit/history/history";
import { In, type EntityManager } from "typeorm";
import { Composante } from "../composante/composante.entity.js";
import { nextSequence } from "../flux/sequence.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { lieuDeSession } from "../organisme/organisme.resolver.js";
import { SiteRealisation } from "../organisme/site.entity.js";
import { InformationCollective } from "../session/information-collective.entity.js";
import { Session } from "../session/session.entity.js";
import type { DemandeModification } from "./demande.entity.js";
import type { DemandeStore } from "./demande.store.js";
import { recapSession, type Ligne } from "./recap.js";
import { checkSession, type SessionProposee, type SessionSaisie } from "./session-proposee.js";

/** Seed 004: a session request's proposal, its recap, and its application when the titulaire emits it. */
export class SessionsDemande {
  constructor(private readonly store: DemandeStore) {}

  /** Checks `saisie` against today's data and computes the recap; nothing is written. */
  async prepare(tx: EntityManager, demande: DemandeModification, saisie: SessionSaisie): Promise<{ proposee: SessionProposee; lignes: Ligne[] }> {
    const composante = await tx.getRepository(Composante).findOneByOrFail({ id: demande.composanteId! });
    const session = demande.sessionId === null ? null : await tx.getRepository(Session).findOneByOrFail({ id: demande.sessionId });
    const [informationsCollectives, numeros, sites, organisme] = await Promise.all([
      session ? tx.getRepository(InformationCollective).find({ where: { sessionId: session.id }, order: { id: "ASC" } }) : [],
      tx.getRepository(Session).find({ where: { composanteId: composante.id }, select: { numero: true } }),
      tx.getRepository(SiteRealisation).find({ where: { organismeId: demande.organismeId } }),
      tx.getRepository(Organisme).findOneByOrFail({ id: demande.organismeId }),
    ]);
    const proposee = checkSession(saisie, {
      composante,
      session,
      informationsCollectives,
      numerosPris: numeros.map((s) => s.numero),
      siteIds: sites.map((s) => s.id),
    });
    const lieu = (id: number | undefined) => {
      const site = sites.find((s) => s.id === id);
      return site ? lieuDeSession(organisme.raisonSociale, site) : null;
    };
    const lignes = recapSession(composante, { session, informationsCollectives, lieu: lieu(session?.siteId) }, proposee, lieu(proposee.siteId)!);
    return { proposee, lignes };
  }

  /** Creates or changes the session and its informations collectives; one feed position for the lot. */
  async apply(tx: EntityManager, caller: Caller, demande: DemandeModification, p: SessionProposee): Promise<Session> {
    const now = this.store.clock.now().getTime();
    const sequence = await nextSequence(tx);
    const sessions = tx.getRepository(Session);
    const fields = { numero: p.numero, dateDebut: p.dateDebut, dateFin: p.dateFin, siteId: p.siteId, nbPlaces: p.nbPlaces, codeOffreInfo: p.codeOffreInfo };
    let session: Session;
    if (demande.sessionId === null) {
      const base = { actionId: demande.actionId, composanteId: demande.composanteId!, organismeId: demande.organismeId };
      const { identifiers } = await sessions.insert({ ...base, ...fields, creeLe: now, modifieLe: now, sequence });
      session = await sessions.findOneByOrFail({ id: Number(identifiers[0]!.id) });
      await this.log(tx, caller, "Session", session.id, demande.organismeId, "creation", undefined, fields);
    } else {
      const avant = await sessions.findOneByOrFail({ id: demande.sessionId });
      await sessions.update(avant.id, { ...fields, modifieLe: now, sequence });
      session = await sessions.findOneByOrFail({ id: avant.id });
      // Changing only an information collective still moves the session in the feed, but is not a change of the session.
      if (JSON.stringify(pick(avant, fields)) !== JSON.stringify(fields)) {
        const action = p.nbPlaces === 0 && avant.nbPlaces > 0 ? "annulation" : "modification";
        await this.log(tx, caller, "Session", session.id, demande.organismeId, action, pick(avant, fields), fields);
      }
    }
    const ics = tx.getRepository(InformationCollective);
    const existantes = await ics.findBy({ id: In(p.informationsCollectives.map((ic) => ic.id ?? 0)) });
    for (const { id, ...ic } of p.informationsCollectives) {
      if (id === null) {
        const { identifiers } = await ics.insert({ ...ic, sessionId: session.id, modifieLe: now });
        await this.log(tx, caller, "InformationCollective", Number(identifiers[0]!.id), demande.organismeId, "creation", undefined, ic);
        continue;
      }
      const avant = existantes.find((x) => x.id === id)!;
      if (JSON.stringify(pick(avant, ic)) === JSON.stringify(ic)) continue;
      await ics.update(id, { ...ic, modifieLe: now });
      await this.log(tx, caller, "InformationCollective", id, demande.organismeId, ic.nbPlaces === 0 && avant.nbPlaces > 0 ? "annulation" : "modification", pick(avant, ic), ic);
    }
    return session;
  }

  private log(tx: EntityManager, caller: Caller, objetType: string, objetId: number, organismeId: number, action: string, avant: unknown, apres: unknown) {
    return recordHistory(tx, caller, this.store.clock, { objetType, objetId, action, organismeId, avant, apres });
  }
}

/** The same keys as `shape`, read from `row` (to log before/after side by side). */
function pick<T extends object>(row: object, shape: T): T {
  return Object.fromEntries(Object.keys(shape).map((k) => [k, (row as Record<string, unknown>)[k] ?? null])) as T;
}

/** Back from a stored proposal to an input, to check it again at emission. */
export function saisieOf(p: SessionProposee): SessionSaisie {
  return {
    ...p,
    informationsCollectives: p.informationsCollectives.map((ic) => ({ ...ic, adresse: { ...ic } })),
  };
}
