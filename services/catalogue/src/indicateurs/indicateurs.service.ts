import type { Clock } from "@sigma/kit/clock/clock";
import { parisDay } from "@sigma/kit/clock/clock";
import { Conditions, entier } from "@sigma/kit/indicateurs/sql";
import type { Perimetre } from "@sigma/kit/indicateurs/perimetre";
import { In, type DataSource } from "typeorm";
import { Action } from "../action/action.entity.js";
import {
  AxeRepartition, DimensionAction, EtatInformationCollective, EtatSession, IndicateursOffre, LigneRepartitionOffre,
  type InformationsCollectivesParEtat, type SessionsParEtat,
} from "./perimetre.type.js";

const AXES: Record<AxeRepartition, string> = {
  [AxeRepartition.DISPOSITIF]: "COALESCE(m.dispositif, '')",
  [AxeRepartition.DEPARTEMENT]: "a.departement",
  [AxeRepartition.ANNEE]: "a.annee_programmation",
  [AxeRepartition.ORGANISME]: "a.organisme_id",
};

/**
 * Catalogue's figures of a perimeter (issue 8), each one a single SQL aggregate in catalogue's
 * database: `action` filtered on its own indexed columns (annee_programmation, departement,
 * organisme_id) and on the marché's dispositif; sessions and informations collectives joined
 * through their indexed action_id / session_id. Nothing is loaded row by row.
 */
export class IndicateursOffreService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Conditions on `action a` (and `marche m`) for the perimeter's dimensions and organisme. */
  private actionsDuPerimetre(p: Perimetre): Conditions {
    const c = new Conditions();
    if (p.anneeProgrammation !== null) c.add("a.annee_programmation = ?", p.anneeProgrammation);
    if (p.dispositif !== null) c.add("m.dispositif = ?", p.dispositif);
    if (p.departement !== null) c.add("a.departement = ?", p.departement);
    if (p.organismeId !== null) c.add("a.organisme_id = ?", p.organismeId);
    return c;
  }

  /**
   * FROM for the perimeter's sessions (`s`): `session` alone (it carries its organisme_id) unless
   * the perimeter filters on the action's dimensions, then joined to `action a` (and `marche m`
   * for the dispositif) — the join costs as much as the count at 100 000 sessions.
   */
  private sessions(p: Perimetre, sur = ""): { from: string; c: Conditions } {
    const dims = p.anneeProgrammation !== null || p.dispositif !== null || p.departement !== null;
    const from = `session s${sur ? ` ON ${sur}` : ""}${dims ? " JOIN action a ON a.id = s.action_id" : ""}${p.dispositif !== null ? " LEFT JOIN marche m ON m.id = a.marche_id" : ""}`;
    const c = new Conditions();
    if (p.anneeProgrammation !== null) c.add("a.annee_programmation = ?", p.anneeProgrammation);
    if (p.dispositif !== null) c.add("m.dispositif = ?", p.dispositif);
    if (p.departement !== null) c.add("a.departement = ?", p.departement);
    if (p.organismeId !== null) c.add("s.organisme_id = ?", p.organismeId);
    return { from, c };
  }

  /** `action a` (joined `sur` a condition), with its marché only when the dispositif is filtered on (or grouped by). */
  private tableActions(p: Perimetre, marche = false, sur = ""): string {
    return `action a${sur ? ` ON ${sur}` : ""}${p.dispositif !== null || marche ? " LEFT JOIN marche m ON m.id = a.marche_id" : ""}`;
  }

  /** Objects whose [debut, fin] overlaps the period. */
  private recoupe(c: Conditions, p: Perimetre, debut: string, fin: string): Conditions {
    if (p.au !== null) c.add(`${debut} <= ?`, p.au);
    if (p.du !== null) c.add(`${fin} >= ?`, p.du);
    return c;
  }

  async offre(p: Perimetre): Promise<IndicateursOffre> {
    const aujourdhui = parisDay(this.clock.now());
    const actions = this.recoupe(this.actionsDuPerimetre(p), p, "a.date_debut_prevue", "a.date_fin_prevue");
    const [totaux] = await this.db.query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(a.effectif_total), 0) AS effectif FROM ${this.tableActions(p)} ${actions.where}`,
      actions.params,
    );
    const sessions = this.sessions(p);
    this.recoupe(sessions.c, p, "s.date_debut", "s.date_fin");
    const parEtat: { etat: EtatSession; n: unknown; places: unknown }[] = await this.db.query(
      `SELECT CASE WHEN s.nb_places = 0 THEN 'ANNULEE' WHEN s.date_debut > ? THEN 'A_VENIR' WHEN s.date_fin < ? THEN 'TERMINEE' ELSE 'EN_COURS' END AS etat,
              COUNT(*) AS n, COALESCE(SUM(s.nb_places), 0) AS places
         FROM ${sessions.from} ${sessions.c.where} GROUP BY 1`,
      [aujourdhui, aujourdhui, ...sessions.c.params],
    );
    const ics = this.sessions(p, "s.id = ic.session_id");
    if (p.du !== null) ics.c.add("ic.date >= ?", p.du);
    if (p.au !== null) ics.c.add("ic.date <= ?", p.au);
    const icParEtat: { etat: EtatInformationCollective; n: unknown; places: unknown }[] = await this.db.query(
      `SELECT CASE WHEN ic.nb_places = 0 THEN 'ANNULEE' WHEN ic.date < ? THEN 'TENUE' ELSE 'PROGRAMMEE' END AS etat,
              COUNT(*) AS n, COALESCE(SUM(ic.nb_places), 0) AS places
         FROM information_collective ic JOIN ${ics.from} ${ics.c.where} GROUP BY 1`,
      [aujourdhui, ...ics.c.params],
    );
    const sessionsParEtat: SessionsParEtat[] = Object.values(EtatSession).map((etat) => {
      const row = parEtat.find((r) => r.etat === etat);
      return { etat, nombre: entier(row?.n), places: entier(row?.places) };
    });
    const informationsCollectivesParEtat: InformationsCollectivesParEtat[] = Object.values(EtatInformationCollective).map((etat) => {
      const row = icParEtat.find((r) => r.etat === etat);
      return { etat, nombre: entier(row?.n), places: entier(row?.places) };
    });
    return {
      actions: entier(totaux?.n),
      effectifPrevu: entier(totaux?.effectif),
      sessions: sessionsParEtat.reduce((sum, s) => sum + s.nombre, 0),
      placesOffertes: sessionsParEtat.filter((s) => s.etat !== EtatSession.ANNULEE).reduce((sum, s) => sum + s.places, 0),
      informationsCollectivesTenues: informationsCollectivesParEtat.find((i) => i.etat === EtatInformationCollective.TENUE)!.nombre,
      sessionsParEtat,
      informationsCollectivesParEtat,
    };
  }

  /** Actions, sessions and places by an axis: two GROUP BY statements, merged by key. */
  async repartition(p: Perimetre, axe: AxeRepartition): Promise<LigneRepartitionOffre[]> {
    const cle = AXES[axe];
    const actions = this.recoupe(this.actionsDuPerimetre(p), p, "a.date_debut_prevue", "a.date_fin_prevue");
    const parAction: { cle: unknown; n: unknown }[] = await this.db.query(
      `SELECT ${cle} AS cle, COUNT(*) AS n FROM ${this.tableActions(p, axe === AxeRepartition.DISPOSITIF)} ${actions.where} GROUP BY ${cle}`,
      actions.params,
    );
    const sessions = this.recoupe(this.actionsDuPerimetre(p), p, "s.date_debut", "s.date_fin");
    const parSession: { cle: unknown; n: unknown; places: unknown }[] = await this.db.query(
      `SELECT ${cle} AS cle, COUNT(*) AS n, COALESCE(SUM(s.nb_places), 0) AS places
         FROM session s JOIN ${this.tableActions(p, axe === AxeRepartition.DISPOSITIF, "a.id = s.action_id")} ${sessions.where} GROUP BY ${cle}`,
      sessions.params,
    );
    const lignes = new Map<string, LigneRepartitionOffre>();
    const ligne = (cle: unknown) => {
      const key = String(cle);
      if (!lignes.has(key)) lignes.set(key, { cle: key, actions: 0, sessions: 0, placesOffertes: 0 });
      return lignes.get(key)!;
    };
    for (const row of parAction) ligne(row.cle).actions = entier(row.n);
    for (const row of parSession) {
      const l = ligne(row.cle);
      l.sessions = entier(row.n);
      l.placesOffertes = entier(row.places);
    }
    return [...lignes.values()].sort((a, b) => a.cle.localeCompare(b.cle, "fr"));
  }

  /** The actions behind a figure (drill-down), by id, one page: one statement for the ids, one for the rows. */
  async actions(p: Perimetre, premier: number, apresId: number): Promise<Action[]> {
    const c = this.recoupe(this.actionsDuPerimetre(p), p, "a.date_debut_prevue", "a.date_fin_prevue").add("a.id > ?", apresId);
    const ids: { id: unknown }[] = await this.db.query(
      `SELECT a.id AS id FROM ${this.tableActions(p)} ${c.where} ORDER BY a.id LIMIT ${premier}`,
      c.params,
    );
    if (ids.length === 0) return [];
    return this.db.getRepository(Action).find({ where: { id: In(ids.map((r) => entier(r.id))) }, order: { id: "ASC" } });
  }

  /**
   * What execution and finance copy to filter their own facts (service accounts only): one page
   * of actions by id with their dimensions and contracted hours (HC + HE prestations).
   */
  async dimensions(apresId: number, premier: number): Promise<DimensionAction[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT a.id AS id, a.organisme_id AS organisme, a.annee_programmation AS annee, COALESCE(m.dispositif, '') AS dispositif,
              a.departement AS departement, a.date_debut_prevue AS debut, a.date_fin_prevue AS fin,
              COALESCE((SELECT SUM(p.volume_total) FROM composante c JOIN prestation p ON p.composante_id = c.id
                         WHERE c.action_id = a.id AND p.type IN ('HC', 'HE')), 0) AS heures
         FROM action a LEFT JOIN marche m ON m.id = a.marche_id
        WHERE a.id > ? ORDER BY a.id LIMIT ${premier}`,
      [apresId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      organismeId: String(r.organisme),
      anneeProgrammation: entier(r.annee),
      dispositif: String(r.dispositif),
      departement: String(r.departement),
      dateDebutPrevue: String(r.debut),
      dateFinPrevue: String(r.fin),
      heuresContractualisees: entier(r.heures),
    }));
  }
}
