import { PDFDocument, StandardFonts, type PDFPage } from "@cantoo/pdf-lib";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import { jjmmaaaa } from "./donnees-facture.js";
import { imprimable } from "./facture.pdf.js";

export type EtatDemandes = "EN_ATTENTE" | "VALIDEES" | "REJETEES";

export interface LigneDemande {
  organisme: string;
  action: string;
  numero: string;
  support: string;
  periode: string;
  dateEmission: string | null;
  montantHT: number;
  montantTTC: number;
  montantAPayer: number;
  /** Validées: « payée le … (réf.) »; rejetées: the reason. */
  detail: string;
}

const TITRES: Record<EtatDemandes, string> = {
  EN_ATTENTE: "Demandes de paiement en attente de validation par la Région",
  VALIDEES: "Demandes de paiement validées par la Région, avec les informations de paiement",
  REJETEES: "Demandes de paiement rejetées par la Région, avec les motifs de rejet",
};

/** Seed 001 § 3.8 « Demandes de paiement » by status, as a printable landscape PDF (several pages if needed). */
export async function demandesPdf(etat: EtatDemandes, lignes: LigneDemande[], edition: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(TITRES[etat]);
  doc.setCreator("SIGMA-graph");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage([842, 595]);
  let y = 550;
  const write = (text: string, x: number, options: { bold?: boolean; right?: boolean; size?: number } = {}) => {
    const size = options.size ?? 8;
    const f = options.bold ? bold : font;
    const t = imprimable(text);
    page.drawText(t, { x: options.right ? x - f.widthOfTextAtSize(t, size) : x, y, size, font: f });
  };
  const entete = () => {
    write(TITRES[etat], 30, { bold: true, size: 13 });
    write(`Édité le ${jjmmaaaa(edition)}`, 812, { right: true });
    y -= 28;
    for (const [label, x, right] of [["Organisme", 30], ["Action", 150], ["Support / n°", 290], ["Période", 420], ["Émise le", 540], ["HT", 620, true], ["TTC", 690, true], ["À payer", 760, true]] as [string, number, boolean?][]) {
      write(label, x, { bold: true, right: right ?? false });
    }
    write(etat === "REJETEES" ? "Motif" : etat === "VALIDEES" ? "Paiement" : "", 770, { bold: true });
    y -= 14;
  };
  entete();
  for (const l of lignes) {
    if (y < 40) {
      page = doc.addPage([842, 595]);
      y = 550;
      entete();
    }
    write(l.organisme.slice(0, 24), 30);
    write(l.action.slice(0, 26), 150);
    write(`${l.support} ${l.numero}`.slice(0, 28), 290);
    write(l.periode.slice(0, 26), 420);
    write(l.dateEmission ? jjmmaaaa(l.dateEmission) : "-", 540);
    write(formatHundredthsFr(l.montantHT), 620, { right: true });
    write(formatHundredthsFr(l.montantTTC), 690, { right: true });
    write(formatHundredthsFr(l.montantAPayer), 760, { right: true });
    write(l.detail.slice(0, 40), 770);
    y -= 13;
  }
  if (!lignes.length) write("Aucune demande de paiement.", 30);
  return doc.save();
}
