import type { ReactNode } from "react";
import { messageErreur } from "../lib/errors";

/** A short "loading" line, announced to screen readers. */
export function Chargement({ children = "Chargement…" }: { children?: ReactNode }) {
  return (
    <p className="sigma-status" role="status" aria-live="polite">
      {children}
    </p>
  );
}

/** A failed operation, in words a user understands. */
export function Erreur({ error, children }: { error?: unknown; children?: ReactNode }) {
  return (
    <p className="sigma-status sigma-status--erreur" role="alert">
      {children ?? messageErreur(error)}
    </p>
  );
}
