import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { manyByKey, oneByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import type { Horloge } from "../access/access.js";
import type { ActionSuiviService } from "../action/action-suivi.service.js";
import { ParcoursIndividualise } from "./parcours.entity.js";
import { PeriodeParcours } from "./periode.entity.js";
import { prescription } from "./prescription.rules.js";
import type { Prescription } from "./prescription.type.js";
import { Stagiaire } from "./stagiaire.entity.js";

const scoped = (organismeId: number | null) => (organismeId === null ? {} : { organismeId });

/** Trainees: personal data, read only by their organisme and the Région — every read filters on the row's organisme. */
export class StagiaireService {
  constructor(
    private readonly db: DataSource,
    private readonly suivis: ActionSuiviService,
    private readonly horloge: Horloge,
  ) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(Stagiaire).find({
        where: { actionId: In([...ids]), ...scoped(organismeId) },
        order: { nom: "ASC", prenom: "ASC", id: "ASC" },
      }),
      (s) => s.actionId,
    );

  private readonly byId = async (ids: readonly number[], organismeId: number | null) =>
    oneByKey(ids, await this.db.getRepository(Stagiaire).findBy({ id: In([...ids]), ...scoped(organismeId) }), (s) => s.id);

  private readonly parcoursBy = async (ids: readonly number[], organismeId: number | null) =>
    oneByKey(ids, await this.db.getRepository(ParcoursIndividualise).findBy({ stagiaireId: In([...ids]), ...scoped(organismeId) }), (p) => p.stagiaireId);

  private readonly periodesBy = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(PeriodeParcours).find({
        where: { stagiaireId: In([...ids]), ...scoped(organismeId) },
        order: { dateDebut: "ASC", id: "ASC" },
      }),
      (p) => p.stagiaireId,
    );

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<Stagiaire[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }

  /** Null for a trainee the caller may not see, exactly as for one that does not exist. */
  get(ctx: RequestContext, caller: Caller, id: number): Promise<Stagiaire | null> {
    return Number.isSafeInteger(id) ? ctx.loaders.get(this.byId, organismeScope(caller)).load(id) : Promise.resolve(null);
  }

  parcours(ctx: RequestContext, caller: Caller, stagiaireId: number): Promise<ParcoursIndividualise | null> {
    return ctx.loaders.get(this.parcoursBy, organismeScope(caller)).load(stagiaireId);
  }

  /** Every trainee's path at once (one statement for all the trainees of all the actions asked). */
  async parcoursDe(ctx: RequestContext, caller: Caller, stagiaires: Stagiaire[]): Promise<(ParcoursIndividualise | null)[]> {
    const loader = ctx.loaders.get(this.parcoursBy, organismeScope(caller));
    return Promise.all(stagiaires.map((s) => loader.load(s.id)));
  }

  /** The CRE « prescrit » (prescription.rules.ts); null while execution has no record of the action the caller may see. */
  async prescription(ctx: RequestContext, caller: Caller, actionId: number): Promise<Prescription | null> {
    if (!(await this.suivis.suivi(ctx, caller, actionId))) return null;
    const stagiaires = await this.ofAction(ctx, caller, actionId);
    return prescription(stagiaires, await this.parcoursDe(ctx, caller, stagiaires), this.horloge.aujourdhui());
  }

  periodes(ctx: RequestContext, caller: Caller, stagiaireId: number): Promise<PeriodeParcours[]> {
    return ctx.loaders.get(this.periodesBy, organismeScope(caller)).load(stagiaireId);
  }
}
