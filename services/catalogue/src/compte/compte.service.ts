import { createHash, randomBytes } from "node:crypto";
import type { Caller } from "@sigma/kit/auth/caller";
import type { TokenSigner } from "@sigma/kit/auth/token";
import type { Clock } from "@sigma/kit/clock/clock";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict, DomainError } from "@sigma/kit/errors/errors";
import type { DataSource, EntityManager } from "typeorm";
import { Organisme } from "../organisme/organisme.entity.js";
import { Compte } from "./compte.entity.js";
import type { ModifierCompteInput } from "./compte.input.js";
import type { Connexion } from "./connexion.type.js";
import { UnknownLoginThrottle } from "./login-throttle.js";
import { OutboxMessage } from "./outbox.entity.js";
import { DECOY_HASH, hashPassword, verifyPassword } from "./password.js";
import { Reinitialisation } from "./reinitialisation.entity.js";
import { RoleCompte } from "./role.enum.js";

export const MAX_ECHECS = 5;
export const VERROU_MS = 15 * 60 * 1000;
const REINITIALISATION_MS = 60 * 60 * 1000;
const IDENTIFIANT = /^[A-Za-z0-9._-]{3,60}$/;
const CODE_POSTAL = /^\d{5}$/;

const refused = () => new DomainError("UNAUTHENTICATED", "Identifiant ou mot de passe incorrect.");
const locked = () =>
  new DomainError("UNAUTHENTICATED", "Trop de tentatives de connexion : compte verrouillé pendant 15 minutes.", { verrouille: true });

export function callerOf(compte: Compte): Caller {
  return { compteId: String(compte.id), identifiant: compte.identifiant, role: compte.role, organismeId: compte.organismeId };
}

/** Accounts: login, forgotten password (seed 001 § 2.1), « Modifier votre compte ». */
export class CompteService {
  private readonly unknown = new UnknownLoginThrottle();

  constructor(
    private readonly db: DataSource,
    private readonly signer: TokenSigner,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  async connexion(identifiant: string, motDePasse: string): Promise<Connexion> {
    const now = this.clock.now().getTime();
    const compte = await this.db.getRepository(Compte).findOneBy({ identifiant });
    const state = compte ? { count: compte.echecsConnexion, until: compte.verrouilleJusqua } : this.unknown.get(identifiant);
    if (state.until !== null && state.until > now) throw locked();
    // Always pay for one scrypt, whether the account exists or not.
    const ok = await verifyPassword(motDePasse, compte?.motDePasse ?? DECOY_HASH);
    if (!compte || !ok) {
      const count = (state.until !== null && state.until <= now ? 0 : state.count) + 1;
      const next = { count: count >= MAX_ECHECS ? 0 : count, until: count >= MAX_ECHECS ? now + VERROU_MS : null };
      if (compte) {
        await this.db.getRepository(Compte).update(compte.id, { echecsConnexion: next.count, verrouilleJusqua: next.until });
      } else {
        this.unknown.set(identifiant, next);
      }
      throw count >= MAX_ECHECS ? locked() : refused();
    }
    if (compte.echecsConnexion !== 0 || compte.verrouilleJusqua !== null) {
      await this.db.getRepository(Compte).update(compte.id, { echecsConnexion: 0, verrouilleJusqua: null });
    }
    const { jeton, expiration } = await this.signer.sign(callerOf(compte));
    return { jeton, expiration: expiration.toISOString(), compte };
  }

  /** A known e-mail gets a reset link (through the outbox); an unknown one is refused (seed 001). */
  async motDePasseOublie(email: string): Promise<string> {
    const normalized = email.trim().toLowerCase();
    return inTransaction(this.db, async (tx) => {
      const compte = await tx.getRepository(Compte).findOneBy({ email: normalized });
      if (!compte) throw badInput("Cette adresse électronique n'existe pas dans l'annuaire des utilisateurs.", "email");
      const secret = randomBytes(32).toString("base64url");
      const now = this.clock.now().getTime();
      await tx.getRepository(Reinitialisation).insert({
        jetonSha256: sha256(secret),
        compteId: compte.id,
        expireLe: now + REINITIALISATION_MS,
        utiliseLe: null,
      });
      await tx.getRepository(OutboxMessage).insert({
        destinataire: compte.email,
        sujet: "SIGMA-graph : réinitialisation de votre mot de passe",
        corps: `Bonjour,\n\nPour choisir un nouveau mot de passe, suivez ce lien (valable une heure) :\n${this.publicUrl}/reinitialisation?jeton=${secret}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.`,
        creeLe: now,
        envoyeLe: null,
      });
      return "Un courrier électronique vous a été envoyé avec un lien pour choisir un nouveau mot de passe.";
    });
  }

  async reinitialiser(jeton: string, motDePasse: string, confirmation: string): Promise<string> {
    checkPassword(motDePasse, confirmation);
    const hash = await hashPassword(motDePasse);
    return inTransaction(this.db, async (tx) => {
      const now = this.clock.now().getTime();
      const demande = await tx.getRepository(Reinitialisation).findOneBy({ jetonSha256: sha256(jeton) });
      if (!demande || demande.utiliseLe !== null || demande.expireLe < now) {
        throw badInput("Ce lien de réinitialisation est invalide ou expiré : refaites une demande.", "jeton");
      }
      await tx.getRepository(Reinitialisation).update(demande.id, { utiliseLe: now });
      await tx.getRepository(Compte).update(demande.compteId, { motDePasse: hash, echecsConnexion: 0, verrouilleJusqua: null });
      return "Votre mot de passe a été modifié.";
    });
  }

  async moi(caller: Caller): Promise<Compte> {
    return this.db.getRepository(Compte).findOneByOrFail({ id: Number(caller.compteId) });
  }

  async modifier(caller: Caller, input: ModifierCompteInput): Promise<Compte> {
    if (input.identifiant !== undefined && input.identifiant !== null && !IDENTIFIANT.test(input.identifiant)) {
      throw badInput("L'identifiant doit compter de 3 à 60 caractères (lettres, chiffres, point, tiret, souligné).", "identifiant");
    }
    const changesPassword = input.motDePasse != null || input.confirmation != null;
    if (changesPassword) checkPassword(input.motDePasse ?? "", input.confirmation ?? "");
    const address = [input.adresse, input.complementAdresse, input.codePostal, input.ville].some((v) => v != null);
    if (address && caller.role !== "ORGANISME") throw badInput("Seul un organisme de formation a une adresse à modifier.", "adresse");
    if (input.codePostal != null && !CODE_POSTAL.test(input.codePostal)) throw badInput("Le code postal doit compter 5 chiffres.", "codePostal");
    if (input.adresse != null && !input.adresse.trim()) throw badInput("L'adresse ne peut pas être vide.", "adresse");
    if (input.ville != null && !input.ville.trim()) throw badInput("La ville ne peut pas être vide.", "ville");
    const hash = changesPassword ? await hashPassword(input.motDePasse!) : undefined;
    return inTransaction(this.db, async (tx) => {
      const compte = await tx.getRepository(Compte).findOneByOrFail({ id: Number(caller.compteId) });
      if (input.identifiant != null && input.identifiant !== compte.identifiant) {
        if (await tx.getRepository(Compte).existsBy({ identifiant: input.identifiant })) {
          throw conflict("Cet identifiant est déjà utilisé : choisissez-en un autre.");
        }
        compte.identifiant = input.identifiant;
      }
      if (hash) compte.motDePasse = hash;
      await tx.getRepository(Compte).save(compte);
      if (address && compte.organismeId !== null) await this.updateAddress(tx, compte.organismeId, input);
      return compte;
    });
  }

  private async updateAddress(tx: EntityManager, organismeId: number, input: ModifierCompteInput): Promise<void> {
    const changes: Partial<Organisme> = {};
    if (input.adresse != null) changes.adresse = input.adresse.trim();
    if (input.complementAdresse != null) changes.complementAdresse = input.complementAdresse.trim() || null;
    if (input.codePostal != null) changes.codePostal = input.codePostal;
    if (input.ville != null) changes.ville = input.ville.trim().toUpperCase();
    await tx.getRepository(Organisme).update(organismeId, changes);
  }

  /** Demo and service accounts: created once, never overwritten (idempotent). */
  async ensureAccount(tx: EntityManager, account: { identifiant: string; email: string; motDePasse: string; role: RoleCompte; organismeId: number | null }): Promise<void> {
    if (await tx.getRepository(Compte).existsBy({ identifiant: account.identifiant })) return;
    await tx.getRepository(Compte).insert({ ...account, motDePasse: await hashPassword(account.motDePasse), echecsConnexion: 0, verrouilleJusqua: null });
  }
}

function checkPassword(motDePasse: string, confirmation: string): void {
  if (motDePasse.length < 10) throw badInput("Le mot de passe doit compter au moins 10 caractères.", "motDePasse");
  if (motDePasse.length > 200) throw badInput("Le mot de passe ne peut dépasser 200 caractères.", "motDePasse");
  if (motDePasse !== confirmation) throw badInput("La confirmation ne correspond pas au mot de passe.", "confirmation");
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
