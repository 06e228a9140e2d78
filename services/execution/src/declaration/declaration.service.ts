import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import type { Horloge } from "../access/access.js";
import { ActionSuiviService } from "../action/action-suivi.service.js";
import { StagiaireService } from "../stagiaire/stagiaire.service.js";
import { Absence } from "./absence.entity.js";
import { DeclarationConfirmation } from "./confirmation.entity.js";
import { construireDeclarations } from "./declaration.builder.js";
import type { DeclarationMensuelle } from "./declaration.type.js";
import { Realisation } from "./realisation.entity.js";

const scoped = (organismeId: number | null) => (organismeId === null ? {} : { organismeId });

/**
 * Reads of monthly declarations: the action's record, trainees (and their paths), hour rows and
 * confirmations come through one batched statement each, whatever the number of actions, months and trainees.
 */
export class DeclarationService {
  constructor(
    private readonly db: DataSource,
    private readonly suivis: ActionSuiviService,
    private readonly stagiaires: StagiaireService,
    private readonly horloge: Horloge,
  ) {}

  private readonly realisationsBy = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(Realisation).findBy({ actionId: In([...ids]), ...scoped(organismeId) }), (r) => r.actionId);

  private readonly confirmationsBy = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(DeclarationConfirmation).findBy({ actionId: In([...ids]), ...scoped(organismeId) }), (c) => c.actionId);

  private readonly absencesBy = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(Absence).find({ where: { realisationId: In([...ids]), ...scoped(organismeId) }, order: { dateDebut: "ASC", id: "ASC" } }),
      (a) => a.realisationId,
    );

  /** Every month since the real start, oldest first (empty for an action not opened or not the caller's). */
  async ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<DeclarationMensuelle[]> {
    const scope = organismeScope(caller);
    const suivi = await this.suivis.suivi(ctx, caller, actionId);
    if (!suivi?.dateDebutReelle) return [];
    const [stagiaires, realisations, confirmations] = await Promise.all([
      this.stagiaires.ofAction(ctx, caller, actionId),
      ctx.loaders.get(this.realisationsBy, scope).load(actionId),
      ctx.loaders.get(this.confirmationsBy, scope).load(actionId),
    ]);
    const parcours = await this.stagiaires.parcoursDe(ctx, caller, stagiaires);
    return construireDeclarations({
      actionId,
      statut: suivi.statut,
      dateDebutReelle: suivi.dateDebutReelle,
      dateFinReelle: suivi.dateFinReelle,
      stagiaires,
      avecParcours: new Set(stagiaires.filter((_, i) => parcours[i] !== null).map((s) => s.id)),
      realisations,
      confirmations,
      aujourdhui: this.horloge.aujourdhui(),
    });
  }

  async one(ctx: RequestContext, caller: Caller, actionId: number, mois: string): Promise<DeclarationMensuelle | null> {
    if (!Number.isSafeInteger(actionId)) return null;
    return (await this.ofAction(ctx, caller, actionId)).find((d) => d.mois === mois) ?? null;
  }

  /** "2:2023-01" → the declaration, or null. */
  byId(ctx: RequestContext, caller: Caller, id: string): Promise<DeclarationMensuelle | null> {
    const [actionId, mois] = id.split(":");
    return this.one(ctx, caller, Number(actionId), mois ?? "");
  }

  absences(ctx: RequestContext, caller: Caller, realisationId: number | null): Promise<Absence[]> {
    return realisationId === null ? Promise.resolve([]) : ctx.loaders.get(this.absencesBy, organismeScope(caller)).load(realisationId);
  }
}
