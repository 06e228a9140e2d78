import type { Caller } from "@sigma/kit/auth/caller";
import { forbidden } from "@sigma/kit/errors/errors";
import { PERIMETRE_VIDE } from "@sigma/kit/indicateurs/perimetre";
import { Conditions, entier } from "@sigma/kit/indicateurs/sql";
import type { DataSource } from "typeorm";
import { StatutAction } from "../action/statut-action.enum.js";
import type { IndicateursExecutionService } from "../indicateurs/indicateurs.service.js";
import type { TableauDeBord } from "./tableau.type.js";

/**
 * The home counters (the rules are tableau.rules.ts's `compter`), as SQL COUNTs over execution's
 * own rows and its copy of catalogue's action dimensions (`indicateur_action`, kept up to date by
 * DimensionSync): four indexed statements whatever the number of actions — never the whole
 * catalogue read through the graph. They are the dashboard's figures for the perimeter
 * « this organisme (or all), no filter, no period »: statuses and the follow-up counts come from
 * IndicateursExecutionService, so the two screens cannot disagree.
 */
export class TableauService {
  constructor(
    private readonly db: DataSource,
    private readonly indicateurs: IndicateursExecutionService,
  ) {}

  async compteurs(caller: Caller, organismeId: number | null): Promise<TableauDeBord> {
    if (caller.role === "CARIF") throw forbidden();
    if (caller.role === "ORGANISME" && organismeId !== null && organismeId !== caller.organismeId) throw forbidden();
    const scope = caller.role === "ORGANISME" ? caller.organismeId : organismeId;
    const perimetre = { ...PERIMETRE_VIDE, organismeId: scope };
    const parStatut = await this.indicateurs.actionsParStatut(perimetre);
    const suivi = await this.indicateurs.suivi(perimetre);
    const nombre = (statut: StatutAction) => parStatut.find((s) => s.statut === statut)?.nombre ?? 0;
    return {
      actionsEnAttenteOuverture: nombre(StatutAction.AO),
      actionsEnCours: nombre(StatutAction.EC),
      actionsEnRetardFermeture: suivi.actionsEnRetardFermeture,
      inscriptionsEnAttente: await this.inscriptionsEnAttente(scope),
      declarationsEnAttente: suivi.declarationsEnAttente,
    };
  }

  /** Partial records pending on actions still open to registrations (not closed, not cancelled): index (organisme_id, complet). */
  private async inscriptionsEnAttente(organismeId: number | null): Promise<number> {
    const c = new Conditions().add("st.complet = ?", false);
    if (organismeId !== null) c.add("st.organisme_id = ?", organismeId);
    c.add("(s.statut IS NULL OR s.statut NOT IN (?, ?))", StatutAction.CLOTUREE, StatutAction.NON_OUVERTE);
    const [row] = await this.db.query(
      `SELECT COUNT(*) AS n FROM stagiaire st LEFT JOIN action_suivi s ON s.action_id = st.action_id ${c.where}`,
      c.params,
    );
    return entier(row?.n);
  }
}
