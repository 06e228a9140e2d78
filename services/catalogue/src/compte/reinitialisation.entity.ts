import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A password-reset link: only the SHA-256 of its secret is kept. */
@Entity("reinitialisation")
export class Reinitialisation {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ name: "jeton_sha256", length: 64 })
  jetonSha256: string;

  @Index()
  @Column({ name: "compte_id", type: "integer" })
  compteId: number;

  @Column({ name: "expire_le", type: "bigint", transformer: integerTransformer })
  expireLe: number;

  @Column({ name: "utilise_le", type: "bigint", nullable: true, transformer: integerTransformer })
  utiliseLe: number | null;
}
