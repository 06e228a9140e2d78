import type { Caller } from "@sigma/kit/auth/caller";
import { conflict, forbidden, type DomainError } from "@sigma/kit/errors/errors";
import { EtatDemande, LIBELLE_TYPE, type TypeDemande } from "./demande.enums.js";

export const DEJA_EMISE = "La demande a déjà été émise : elle ne peut plus être modifiée.";

/** An id from the wire; anything that is not one matches nothing. */
export const idOf = (id: string | number): number => (Number.isSafeInteger(Number(id)) ? Number(id) : -1);

/** Only an organisme emits requests, for itself. */
export function ownerOf(caller: Caller): number {
  if (caller.role !== "ORGANISME" || caller.organismeId === null) throw forbidden("Seul l'organisme titulaire émet des demandes de modification.");
  return caller.organismeId;
}

export function alreadyPending(type: TypeDemande, etat: EtatDemande): DomainError {
  const quoi = LIBELLE_TYPE[type].replace(/^Demande/, "demande");
  return conflict(
    etat === EtatDemande.EN_ATTENTE_VALIDATION
      ? `Une ${quoi} est déjà en attente de validation : tant qu'elle n'est pas validée par la Région, il n'est pas possible d'effectuer une nouvelle demande du même type.`
      : `Une ${quoi} est déjà en attente d'émission sur cette action : émettez-la ou supprimez-la avant d'en créer une nouvelle.`,
  );
}

