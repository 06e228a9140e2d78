import type { Caller } from "@sigma/kit/auth/caller";
import { forbidden } from "@sigma/kit/errors/errors";
import { In, type DataSource } from "typeorm";
import type { Horloge } from "../access/access.js";
import { ActionSuivi } from "../action/action-suivi.entity.js";
import { StatutAction } from "../action/statut-action.enum.js";
import type { ActionCatalogue } from "../catalogue/action-reference.client.js";
import { DeclarationConfirmation } from "../declaration/confirmation.entity.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { compter } from "./tableau.rules.js";
import type { TableauDeBord } from "./tableau.type.js";

/**
 * The home counters: which actions exist (and their planned end) is catalogue's, read through
 * the graph; everything else is execution's own rows — a fixed number of statements.
 */
export class TableauService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: ActionCatalogue,
    private readonly horloge: Horloge,
  ) {}

  async compteurs(caller: Caller, organismeId: number | null): Promise<TableauDeBord> {
    if (caller.role === "CARIF") throw forbidden();
    if (caller.role === "ORGANISME" && organismeId !== null && organismeId !== caller.organismeId) throw forbidden();
    const scope = caller.role === "ORGANISME" ? caller.organismeId : organismeId;
    const actions = (await this.catalogue.all()).filter((a) => scope === null || a.organismeId === scope);
    const ids = actions.map((a) => a.id);
    const suivis = ids.length ? await this.db.getRepository(ActionSuivi).findBy({ actionId: In(ids) }) : [];
    const confirmations = ids.length
      ? await this.db.getRepository(DeclarationConfirmation).find({ where: { actionId: In(ids) }, select: { actionId: true, mois: true } })
      : [];
    // Partial records pending on actions still open to registrations (not closed, not cancelled).
    const fermees = new Set(suivis.filter((s) => s.statut === StatutAction.CLOTUREE || s.statut === StatutAction.NON_OUVERTE).map((s) => s.actionId));
    const ouvertes = ids.filter((id) => !fermees.has(id));
    const inscriptionsEnAttente = ouvertes.length ? await this.db.getRepository(Stagiaire).countBy({ actionId: In(ouvertes), complet: false }) : 0;
    return compter({ actions, suivis, confirmations, inscriptionsEnAttente, aujourdhui: this.horloge.aujourdhui() });
  }
}
