import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import type { RequestContext } from "@sigma/kit/context/context";
import { inTransaction } from "@sigma/kit/db/transaction";
import { recordHistory } from "@sigma/kit/history/history";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { requireOrganisme, today, type Horloge } from "../access/access.js";
import { ownStagiaire } from "../stagiaire/stagiaire-ecriture.service.js";
import { StagiaireService } from "../stagiaire/stagiaire.service.js";
import { bilanComplet, construireBilan } from "./bilan.builder.js";
import type { BilanPedagogique } from "./bilan.type.js";
import { Enquete } from "./enquete.entity.js";
import type { EnqueteInput } from "./enquete.input.js";
import { checkEnquete } from "./enquete.rules.js";

/** Exit, 6-month and 1-year surveys, and the action's bilan built from them. */
export class EnqueteService {
  constructor(
    private readonly db: DataSource,
    private readonly stagiaires: StagiaireService,
    private readonly horloge: Horloge,
    private readonly clock: Clock,
  ) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(Enquete).find({ where: { actionId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) }, order: { id: "ASC" } }),
      (e) => e.actionId,
    );

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<Enquete[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }

  /** Through the action's batch: one statement for every trainee of every action asked. */
  async ofStagiaire(ctx: RequestContext, caller: Caller, actionId: number, stagiaireId: number): Promise<Enquete[]> {
    return (await this.ofAction(ctx, caller, actionId)).filter((e) => e.stagiaireId === stagiaireId);
  }

  async complet(ctx: RequestContext, caller: Caller, actionId: number): Promise<boolean> {
    const [stagiaires, enquetes] = await Promise.all([this.stagiaires.ofAction(ctx, caller, actionId), this.ofAction(ctx, caller, actionId)]);
    return bilanComplet(stagiaires, enquetes);
  }

  async bilan(ctx: RequestContext, caller: Caller, actionId: number): Promise<BilanPedagogique> {
    const [stagiaires, enquetes] = await Promise.all([this.stagiaires.ofAction(ctx, caller, actionId), this.ofAction(ctx, caller, actionId)]);
    return construireBilan(stagiaires, enquetes, this.horloge.aujourdhui());
  }

  /** « Fiche de suivi »: filled or corrected by the trainee's OF. */
  async saisir(caller: Caller, input: EnqueteInput): Promise<Enquete> {
    const of = requireOrganisme(caller);
    return inTransaction(this.db, async (tx) => {
      const stagiaire = await ownStagiaire(tx, of, Number(input.stagiaireId));
      checkEnquete(stagiaire.dateSortie, input.moment, input.situation, input.contrat, today(this.clock));
      const repository = tx.getRepository(Enquete);
      const existing = await repository.findOneBy({ stagiaireId: stagiaire.id, moment: input.moment });
      const avant = existing ? { situation: existing.situation, contrat: existing.contrat } : undefined;
      const enquete = await repository.save(
        repository.create({
          ...(existing ?? { stagiaireId: stagiaire.id, actionId: stagiaire.actionId, organismeId: stagiaire.organismeId, moment: input.moment }),
          situation: input.situation,
          contrat: input.contrat ?? null,
          saisieLe: this.clock.now().getTime(),
        }),
      );
      await recordHistory(tx, caller, this.clock, {
        objetType: "Enquete", objetId: enquete.id, action: existing ? "modification" : "saisie", organismeId: stagiaire.organismeId,
        avant, apres: { moment: input.moment, situation: input.situation, contrat: enquete.contrat },
      });
      return enquete;
    });
  }
}
