import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import type { RequestContext } from "@sigma/kit/context/context";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource, type EntityManager } from "typeorm";
import { ActionAccess, lockSuivi, requireOrganisme } from "../access/access.js";
import { checkActionInscriptible } from "../stagiaire/stagiaire.rules.js";
import { Formateur } from "./formateur.entity.js";
import type { FormateurInput } from "./formateur.input.js";

const TEXTES: [keyof FormateurInput, string, number][] = [
  ["nom", "Nom", 100], ["prenom", "Prénom", 100], ["domaine", "Domaine d'intervention du formateur", 255], ["formationExperience", "Formation et expérience professionnelle", 4000],
];

/** Every field of the trainer's line is required (seed 001 § 3.3). */
export function checkFormateur(input: FormateurInput): FormateurInput {
  const clean = { ...input };
  for (const [key, label, max] of TEXTES) {
    const value = String(input[key] ?? "").trim();
    if (!value) throw badInput(`Le champ « ${label} » est obligatoire.`, key);
    if (value.length > max) throw badInput(`Le champ « ${label} » ne peut dépasser ${max} caractères.`, key);
    (clean as Record<string, unknown>)[key] = value;
  }
  if (input.heuresAssurees < 0) throw badInput("Les heures assurées ne peuvent être négatives.", "heuresAssurees");
  return clean;
}

/** « Gérer les formateurs » of an action: the titulaire adds, changes and removes its trainers. */
export class FormateurService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly clock: Clock,
  ) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(Formateur).find({
        where: { actionId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) },
        order: { nom: "ASC", prenom: "ASC", id: "ASC" },
      }),
      (f) => f.actionId,
    );

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<Formateur[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }

  async ajouter(caller: Caller, actionId: number, input: FormateurInput): Promise<Formateur> {
    const of = requireOrganisme(caller);
    const champs = checkFormateur(input);
    const action = await this.access.ownAction(of, actionId);
    return inTransaction(this.db, async (tx) => {
      checkActionInscriptible((await lockSuivi(tx, action)).statut);
      const formateur = await tx.getRepository(Formateur).save(tx.getRepository(Formateur).create({ ...champs, actionId, organismeId: of.organismeId }));
      await recordHistory(tx, caller, this.clock, { objetType: "Formateur", objetId: formateur.id, action: "ajout", organismeId: of.organismeId, apres: champs });
      return formateur;
    });
  }

  async modifier(caller: Caller, id: number, input: FormateurInput): Promise<Formateur> {
    const of = requireOrganisme(caller);
    const champs = checkFormateur(input);
    return inTransaction(this.db, async (tx) => {
      const formateur = await this.own(tx, of.organismeId, id);
      checkActionInscriptible((await lockSuivi(tx, { id: formateur.actionId, organismeId: of.organismeId })).statut);
      const avant = { ...formateur };
      Object.assign(formateur, champs);
      await tx.getRepository(Formateur).save(formateur);
      await recordHistory(tx, caller, this.clock, { objetType: "Formateur", objetId: id, action: "modification", organismeId: of.organismeId, avant, apres: champs });
      return formateur;
    });
  }

  async supprimer(caller: Caller, id: number): Promise<boolean> {
    const of = requireOrganisme(caller);
    return inTransaction(this.db, async (tx) => {
      const formateur = await this.own(tx, of.organismeId, id);
      checkActionInscriptible((await lockSuivi(tx, { id: formateur.actionId, organismeId: of.organismeId })).statut);
      await tx.getRepository(Formateur).delete({ id });
      await recordHistory(tx, caller, this.clock, { objetType: "Formateur", objetId: id, action: "suppression", organismeId: of.organismeId, avant: formateur });
      return true;
    });
  }

  private async own(tx: EntityManager, organismeId: number, id: number): Promise<Formateur> {
    const formateur = Number.isSafeInteger(id) ? await tx.getRepository(Formateur).findOneBy({ id, organismeId }) : null;
    if (!formateur) throw notFound("Formateur introuvable.");
    return formateur;
  }
}
