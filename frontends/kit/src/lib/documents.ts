/** Files from the graph: its `Document` (base64) saved by the browser (uploads: lib/televersement, raw bytes). */

export interface DocumentGraphe {
  nomFichier: string;
  typeMime: string;
  contenuBase64: string;
}

/** Saves a document received from the graph under its proposed name (the browser's download). */
export function telecharger(document: DocumentGraphe): void {
  const binaire = atob(document.contenuBase64);
  const octets = new Uint8Array(binaire.length);
  for (let i = 0; i < binaire.length; i++) octets[i] = binaire.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([octets], { type: document.typeMime }));
  const lien = window.document.createElement("a");
  lien.href = url;
  lien.download = document.nomFichier;
  window.document.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
