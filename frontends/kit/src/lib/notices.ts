/**
 * Notices for the shell's notification area. The shell and every micro-frontend bundle their
 * own copy of this kit, so notices travel as a DOM event on `window` (one bus whatever the
 * bundle): a remote calls `publierNotice` (« La facture a été validée. »), the shell listens.
 */
export type NiveauNotice = "info" | "succes" | "alerte" | "echeance";

export interface Notice {
  /** Stable: the same fact published twice replaces the first one. */
  id: string;
  niveau: NiveauNotice;
  /** One sentence (« 2 actions en attente d'ouverture »). */
  texte: string;
  /** Where to act on it, a path of the application (« /ouverture »). */
  lien?: { chemin: string; libelle: string };
  /** Who said it: a shell source (actions, Région decisions, deadlines) or a micro-frontend. */
  source: string;
}

export const NOTICE_EVENT = "sigma:notice";

export function publierNotice(notice: Notice): void {
  window.dispatchEvent(new CustomEvent<Notice>(NOTICE_EVENT, { detail: notice }));
}

export function ecouterNotices(listener: (notice: Notice) => void): () => void {
  const handler = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (isNotice(detail)) listener(detail);
  };
  window.addEventListener(NOTICE_EVENT, handler);
  return () => window.removeEventListener(NOTICE_EVENT, handler);
}

function isNotice(value: unknown): value is Notice {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.texte === "string" && typeof v.source === "string" && ["info", "succes", "alerte", "echeance"].includes(v.niveau as string);
}
