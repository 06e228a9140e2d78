import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Signed PDFs, content-addressed: a file is stored once under its SHA-256
 * (`ab/abcdef….pdf`) and the invoice keeps the hash. Written to a temporary name then renamed
 * (atomic on one file system): a crash never leaves half a file under a real name, and two
 * uploads of the same bytes land on the same file. A file whose transaction then fails stays
 * as an unreferenced blob (harmless, collectable). On read the hash is checked again.
 *
 * Why on disk rather than in the database: MySQL's portable BLOB holds 64 KB and TypeORM's
 * portable column types offer nothing larger for both SQLite and MySQL in one entity; large
 * binary rows also bloat backups and replication. Several finance instances must share this
 * folder (a network volume) or swap this class for an object store with the same two methods.
 */
export class FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError("empreinte SHA-256 invalide");
    return path.join(this.dir, sha256.slice(0, 2), `${sha256}.pdf`);
  }

  put(bytes: Uint8Array): { sha256: string; taille: number } {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const target = this.pathOf(sha256);
    if (!existsSync(target)) {
      mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(tmp, bytes, { mode: 0o600 });
      try {
        renameSync(tmp, target);
      } finally {
        rmSync(tmp, { force: true });
      }
    }
    return { sha256, taille: bytes.length };
  }

  get(sha256: string): Buffer | null {
    const file = this.pathOf(sha256);
    if (!existsSync(file)) return null;
    const bytes = readFileSync(file);
    if (createHash("sha256").update(bytes).digest("hex") !== sha256) throw new Error(`fichier altéré : ${sha256}`);
    return bytes;
  }
}
