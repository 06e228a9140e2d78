import type { ReactNode } from "react";
import { messageErreur } from "../lib/errors";

/** A short "loading" line, announced to screen readers. */
export function Chargement({ children = "Chargement…" }: { children?: ReactNode }) {
  return (
    <p className="sigma-status" role="status" aria-live="polite">
      <span className="sigma-sablier" aria-hidden="true" />
      {children}
    </p>
  );
}

/** A failed operation, in words a user understands (the graph's own French message when it gave one). */
export function Erreur({ error, children }: { error?: unknown; children?: ReactNode }) {
  return (
    <p className="sigma-message sigma-message--erreur" role="alert">
      {children ?? messageErreur(error)}
    </p>
  );
}

/** The seeds' green confirmation message (« ✓ La facture a été validée. »), announced politely. */
export function Confirmation({ children }: { children: ReactNode }) {
  return (
    <p className="sigma-message sigma-message--succes" role="status">
      <span aria-hidden="true">✓ </span>
      {children}
    </p>
  );
}

/** A warning the user should read before acting (the seeds' « ! » notes). */
export function Avertissement({ children }: { children: ReactNode }) {
  return (
    <p className="sigma-message sigma-message--avertissement">
      <span aria-hidden="true">! </span>
      {children}
    </p>
  );
}

/**
 * What a screen shows where its data comes from a part of the graph still being built:
 * its real structure around it, and this clear state instead of invented rows.
 */
export function Prochainement({ children }: { children?: ReactNode }) {
  return (
    <div className="sigma-prochainement" role="note">
      <p className="sigma-prochainement__titre">Données disponibles prochainement</p>
      {children ? <p className="sigma-prochainement__detail">{children}</p> : null}
    </div>
  );
}
