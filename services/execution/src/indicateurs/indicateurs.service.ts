import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import { addMonths, monthOf } from "@sigma/kit/dates/calendar";
import type { DimensionSync } from "@sigma/kit/indicateurs/dimension.sync";
import type { Perimetre as Scope } from "@sigma/kit/indicateurs/perimetre";
import { Conditions, conditionsDimensions, entier, filtreDimensions, indiceMois, indiceMoisJs, ratio } from "@sigma/kit/indicateurs/sql";
import type { DataSource } from "typeorm";
import { StatutAction } from "../action/statut-action.enum.js";
import type { ContratTravail, MomentEnquete, SituationStagiaire } from "../bilan/enquete.enums.js";
import { MOTIFS_SORTIE, MotifSortie } from "../stagiaire/stagiaire.enums.js";
import type {
  ActionsParStatut, HeuresDuMois, IndicateursHeures, IndicateursStagiaires, IndicateursSuivi, RealisationAction, ResultatEnquete,
} from "./perimetre.type.js";

const LIBELLES_SORTIE: Record<string, string> = { FIN_FORMATION: "Fin de formation", NON_PRECISE: "Motif non précisé", ...MOTIFS_SORTIE };

/**
 * Execution's figures of a perimeter (issue 8). Every figure is one SQL aggregate (two for the
 * per-action page) over execution's own facts — stagiaire, action_suivi, declaration_confirmation,
 * enquete, and the actions' monthly hours `realisation_mois` (HeuresMois: the trainee lines summed
 * per action and month) — each carrying its action_id and organisme_id (indexed).
 * Catalogue's dimensions (année, dispositif, département, planned dates, contracted hours) come
 * from the local copy `indicateur_action` (see DimensionAction), joined only when the perimeter
 * filters on them.
 */
export class IndicateursExecutionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly sync: DimensionSync,
  ) {}

  private aujourdhui(): string {
    return parisDay(this.clock.now());
  }

  /** Brings the copy of catalogue's dimensions up to date before a figure that reads it. */
  async pret(): Promise<void> {
    await this.sync.rattraper();
  }

  /** JOIN and conditions for a fact table aliased `alias` (its own organisme_id, the dimensions through `d`). */
  private faits(p: Scope, alias: string): { join: string; c: Conditions } {
    const c = new Conditions();
    const join = filtreDimensions(p) ? `JOIN indicateur_action d ON d.action_id = ${alias}.action_id` : "";
    conditionsDimensions(p, c);
    if (p.organismeId !== null) c.add(`${alias}.organisme_id = ?`, p.organismeId);
    return { join, c };
  }

  /** Conditions on the dimension copy itself: the perimeter's actions (planned dates overlapping the period). */
  private actionsDuPerimetre(p: Scope): Conditions {
    const c = conditionsDimensions(p, new Conditions());
    if (p.organismeId !== null) c.add("d.organisme_id = ?", p.organismeId);
    if (p.au !== null) c.add("d.date_debut_prevue <= ?", p.au);
    if (p.du !== null) c.add("d.date_fin_prevue >= ?", p.du);
    return c;
  }

  private moisDeLaPeriode(c: Conditions, p: Scope, colonne: string): Conditions {
    if (p.du !== null) c.add(`${colonne} >= ?`, monthOf(p.du));
    if (p.au !== null) c.add(`${colonne} <= ?`, monthOf(p.au));
    return c;
  }

  private joursDeLaPeriode(c: Conditions, p: Scope, colonne: string): Conditions {
    if (p.du !== null) c.add(`${colonne} >= ?`, p.du);
    if (p.au !== null) c.add(`${colonne} <= ?`, p.au);
    return c;
  }

  async actionsParStatut(p: Scope): Promise<ActionsParStatut[]> {
    await this.pret();
    const c = this.actionsDuPerimetre(p);
    const rows: { statut: StatutAction; n: unknown }[] = await this.db.query(
      `SELECT COALESCE(s.statut, 'AO') AS statut, COUNT(*) AS n FROM indicateur_action d LEFT JOIN action_suivi s ON s.action_id = d.action_id
        ${c.where} GROUP BY COALESCE(s.statut, 'AO')`,
      c.params,
    );
    return Object.values(StatutAction).map((statut) => ({ statut, nombre: entier(rows.find((r) => r.statut === statut)?.n) }));
  }

  async stagiaires(p: Scope): Promise<IndicateursStagiaires> {
    if (filtreDimensions(p)) await this.pret();
    const aujourdhui = this.aujourdhui();
    const fin = p.au !== null && p.au < aujourdhui ? p.au : aujourdhui;
    const entree = this.joursDeLaPeriode(new Conditions().add("st.date_entree IS NOT NULL"), p, "st.date_entree");
    const { join, c } = this.faits(p, "st");
    const [totaux] = await this.db.query(
      `SELECT COALESCE(SUM(CASE WHEN ${entree.sql.join(" AND ")} THEN 1 ELSE 0 END), 0) AS entres,
              COALESCE(SUM(CASE WHEN st.date_entree <= ? AND (st.date_sortie IS NULL OR st.date_sortie > ?) THEN 1 ELSE 0 END), 0) AS presents
         FROM stagiaire st ${join} ${c.where}`,
      [...entree.params, fin, fin, ...c.params],
    );
    const sorties = this.faits(p, "st");
    this.joursDeLaPeriode(sorties.c.add("st.date_sortie IS NOT NULL"), p, "st.date_sortie");
    const motif = "CASE WHEN st.fin_formation = 1 THEN 'FIN_FORMATION' WHEN st.motif_sortie IS NULL THEN 'NON_PRECISE' ELSE st.motif_sortie END";
    const parMotif: { motif: string; n: unknown }[] = await this.db.query(
      `SELECT ${motif} AS motif, COUNT(*) AS n FROM stagiaire st ${sorties.join} ${sorties.c.where} GROUP BY ${motif}`,
      sorties.c.params,
    );
    const ordre = ["FIN_FORMATION", ...Object.values(MotifSortie), "NON_PRECISE"];
    const sortiesParMotif = parMotif
      .map((r) => ({ motif: r.motif, libelle: LIBELLES_SORTIE[r.motif] ?? r.motif, nombre: entier(r.n) }))
      .sort((a, b) => ordre.indexOf(a.motif) - ordre.indexOf(b.motif));
    return {
      entres: entier(totaux?.entres),
      presents: entier(totaux?.presents),
      sortis: sortiesParMotif.reduce((sum, s) => sum + s.nombre, 0),
      sortiesParMotif,
    };
  }

  async heures(p: Scope): Promise<IndicateursHeures> {
    await this.pret();
    const { join, c } = this.faits(p, "r");
    this.moisDeLaPeriode(c, p, "r.mois");
    const [realise] = await this.db.query(
      `SELECT COALESCE(SUM(r.realisees_centre + r.realisees_entreprise), 0) AS h FROM realisation_mois r ${join} ${c.where}`,
      c.params,
    );
    const contrat = this.actionsDuPerimetre(p);
    const [contractuel] = await this.db.query(`SELECT COALESCE(SUM(d.heures_contractualisees), 0) AS h FROM indicateur_action d ${contrat.where}`, contrat.params);
    const realisees = entier(realise?.h);
    const contractualisees = entier(contractuel?.h);
    return { realisees, contractualisees, tauxRealisation: ratio(realisees, contractualisees, 100) };
  }

  async heuresParMois(p: Scope): Promise<HeuresDuMois[]> {
    if (filtreDimensions(p)) await this.pret();
    const { join, c } = this.faits(p, "r");
    this.moisDeLaPeriode(c, p, "r.mois");
    const rows: { mois: string; c: unknown; e: unknown }[] = await this.db.query(
      `SELECT r.mois AS mois, COALESCE(SUM(r.realisees_centre), 0) AS c, COALESCE(SUM(r.realisees_entreprise), 0) AS e
         FROM realisation_mois r ${join} ${c.where} GROUP BY r.mois ORDER BY r.mois`,
      c.params,
    );
    return rows.map((r) => ({ mois: r.mois, realiseesCentre: entier(r.c), realiseesEntreprise: entier(r.e), realisees: entier(r.c) + entier(r.e) }));
  }

  /** One page of the perimeter's actions with their realisation: one statement for the page, one for its hours. */
  async realisationParAction(p: Scope, premier: number, apresId: number): Promise<RealisationAction[]> {
    await this.pret();
    const c = this.actionsDuPerimetre(p).add("d.action_id > ?", apresId);
    const page: { id: unknown; h: unknown; statut: StatutAction }[] = await this.db.query(
      `SELECT d.action_id AS id, d.heures_contractualisees AS h, COALESCE(s.statut, 'AO') AS statut
         FROM indicateur_action d LEFT JOIN action_suivi s ON s.action_id = d.action_id
        ${c.where} ORDER BY d.action_id LIMIT ${premier}`,
      c.params,
    );
    if (page.length === 0) return [];
    const ids = page.map((r) => entier(r.id));
    const heures = this.moisDeLaPeriode(new Conditions().add(`r.action_id IN (${ids.map(() => "?").join(", ")})`, ...ids), p, "r.mois");
    const realise: { id: unknown; h: unknown }[] = await this.db.query(
      `SELECT r.action_id AS id, SUM(r.realisees_centre + r.realisees_entreprise) AS h FROM realisation_mois r ${heures.where} GROUP BY r.action_id`,
      heures.params,
    );
    const parAction = new Map(realise.map((r) => [entier(r.id), entier(r.h)]));
    return page.map((r) => {
      const id = entier(r.id);
      const heuresRealisees = parAction.get(id) ?? 0;
      const heuresContractualisees = entier(r.h);
      return { action: { id: String(id) }, heuresRealisees, heuresContractualisees, tauxRealisation: ratio(heuresRealisees, heuresContractualisees, 100), statut: r.statut };
    });
  }

  /**
   * As of today (the period does not apply): months from the real start to last month not
   * confirmed (the home counters' rule, tableau.rules.ts), and among them those whose deadline
   * — the 15th of the next month (seed 001 § 3.5.1) — has passed; running actions past their
   * planned end.
   */
  async suivi(p: Scope): Promise<IndicateursSuivi> {
    await this.pret();
    const aujourdhui = this.aujourdhui();
    const dernier = addMonths(monthOf(aujourdhui), -1);
    const limiteRetard = Number(aujourdhui.slice(8, 10)) > 15 ? dernier : addMonths(dernier, -1);
    const { join, c } = this.faits(p, "s");
    c.add("s.statut = ?", StatutAction.EC).add("s.date_debut_reelle IS NOT NULL");
    const debut = indiceMois("s.date_debut_reelle");
    const attendus = `CASE WHEN ? - ${debut} + 1 > 0 THEN ? - ${debut} + 1 ELSE 0 END`;
    // Σ max(0, months expected − months confirmed) per action = Σ months expected − Σ months confirmed
    // in [real start, limit] (a month is confirmed once: at most as many as expected). Two plain
    // aggregates instead of a count per running action (27 000 subqueries at Occitanie × 10).
    const [declarations] = await this.db.query(
      `SELECT t.attendus - k.confirmes AS attente, t.attendus_retard - k.confirmes_retard AS retard
         FROM (SELECT COALESCE(SUM(${attendus}), 0) AS attendus, COALESCE(SUM(${attendus}), 0) AS attendus_retard
                 FROM action_suivi s ${join} ${c.where}) t
        CROSS JOIN (SELECT COALESCE(SUM(CASE WHEN dc.mois <= ? THEN 1 ELSE 0 END), 0) AS confirmes,
                           COALESCE(SUM(CASE WHEN dc.mois <= ? THEN 1 ELSE 0 END), 0) AS confirmes_retard
                      FROM declaration_confirmation dc JOIN action_suivi s ON s.action_id = dc.action_id ${join}
                     ${c.where} AND dc.mois >= SUBSTR(s.date_debut_reelle, 1, 7)) k`,
      [
        indiceMoisJs(dernier), indiceMoisJs(dernier), indiceMoisJs(limiteRetard), indiceMoisJs(limiteRetard), ...c.params,
        dernier, limiteRetard, ...c.params,
      ],
    );
    const fermeture = conditionsDimensions(p, new Conditions()).add("s.statut = ?", StatutAction.EC).add("d.date_fin_prevue < ?", aujourdhui);
    if (p.organismeId !== null) fermeture.add("s.organisme_id = ?", p.organismeId);
    const [retard] = await this.db.query(
      `SELECT COUNT(*) AS n FROM action_suivi s JOIN indicateur_action d ON d.action_id = s.action_id ${fermeture.where}`,
      fermeture.params,
    );
    return { declarationsEnAttente: entier(declarations?.attente), declarationsEnRetard: entier(declarations?.retard), actionsEnRetardFermeture: entier(retard?.n) };
  }

  /** Survey sheets by moment, situation and contract (period: the trainee's exit date). */
  async enquetes(p: Scope): Promise<ResultatEnquete[]> {
    if (filtreDimensions(p)) await this.pret();
    const { join, c } = this.faits(p, "e");
    const periode = p.du !== null || p.au !== null;
    if (periode) this.joursDeLaPeriode(c, p, "st.date_sortie");
    const rows: { moment: MomentEnquete; situation: SituationStagiaire; contrat: ContratTravail | null; n: unknown }[] = await this.db.query(
      `SELECT e.moment AS moment, e.situation AS situation, e.contrat AS contrat, COUNT(*) AS n
         FROM enquete e ${periode ? "JOIN stagiaire st ON st.id = e.stagiaire_id" : ""} ${join} ${c.where}
        GROUP BY e.moment, e.situation, e.contrat ORDER BY e.moment, e.situation, e.contrat`,
      c.params,
    );
    return rows.map((r) => ({ moment: r.moment, situation: r.situation, contrat: r.contrat ?? null, nombre: entier(r.n) }));
  }
}
