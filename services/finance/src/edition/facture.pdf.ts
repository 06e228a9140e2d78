import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "@cantoo/pdf-lib";
import { formatHundredths, formatHundredthsFr } from "@sigma/kit/money/decimal";
import { jjmmaaaa, MENTION_EXONERATION, type DonneesFacture } from "./donnees-facture.js";

const euros = (cents: number) => `${formatHundredthsFr(cents)} €`;
const quantite = (hundredths: number) => formatHundredthsFr(hundredths);

/** Characters the standard fonts (WinAnsi) can print; anything else becomes "?". */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
export const imprimable = (text: string): string =>
  [...text.normalize("NFC")].map((c) => (c.charCodeAt(0) < 256 && c.charCodeAt(0) !== 0x7f && (c.charCodeAt(0) >= 32 || c === " ") ? c : WIN_ANSI_EXTRA.includes(c) ? c : "?")).join("");

class Ecriture {
  y = 800;
  constructor(
    readonly page: PDFPage,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {}

  text(raw: string, x: number, options: { size?: number; bold?: boolean; right?: boolean } = {}): void {
    const text = imprimable(raw);
    const size = options.size ?? 9;
    const font = options.bold ? this.bold : this.font;
    const left = options.right ? x - font.widthOfTextAtSize(text, size) : x;
    this.page.drawText(text, { x: left, y: this.y, size, font });
  }

  line(gap = 14): void {
    this.y -= gap;
  }

  rule(): void {
    this.page.drawLine({ start: { x: 40, y: this.y + 10 }, end: { x: 555, y: this.y + 10 }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
  }
}

/**
 * The invoice as the OF downloads it to sign: parties with SIRETs, bon de commande (engagement),
 * action and period, the snapshotted lines, « Dont X € pour … », HT / TVA / TTC, the advance
 * recovered and the amount to pay. Standard fonts (WinAnsi) only: no font file to ship.
 */
export async function facturePdf(d: DonneesFacture): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Facture ${d.numero}`);
  doc.setAuthor(d.vendeur.raisonSociale);
  doc.setCreator("SIGMA-graph");
  doc.setProducer("SIGMA-graph");
  doc.setCreationDate(new Date(`${d.dateEmission}T00:00:00Z`));
  doc.setModificationDate(new Date(`${d.dateEmission}T00:00:00Z`));
  const w = new Ecriture(doc.addPage([595, 842]), await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  w.text(d.type === "AVANCE" ? "FACTURE D'AVANCE" : d.type === "SOLDE" ? "FACTURE DE SOLDE" : `FACTURE - ACOMPTE N° ${d.rang ?? 1}`, 40, { size: 16, bold: true });
  w.text(`N° ${d.numero}`, 555, { size: 10, right: true });
  w.line(18);
  w.text(`${d.support} - émise le ${jjmmaaaa(d.dateEmission)}`, 40);
  w.line(26);
  w.text("Émetteur", 40, { bold: true });
  w.text("Destinataire", 320, { bold: true });
  w.line();
  w.text(d.vendeur.raisonSociale, 40);
  w.text(d.acheteur.nom, 320);
  w.line();
  w.text(`SIRET ${d.vendeur.siret ?? "non renseigné"}`, 40);
  w.text(`SIRET ${d.acheteur.siret}`, 320);
  w.line();
  w.text([d.vendeur.adresse, [d.vendeur.codePostal, d.vendeur.ville].filter(Boolean).join(" ")].filter(Boolean).join(", "), 40);
  w.line(26);
  w.text(`Bon de commande (n° d'engagement) : ${d.numeroContrat}`, 40, { bold: true });
  w.line();
  w.text(`Action : ${d.action.numero} - ${d.action.intitule}`.slice(0, 110), 40);
  w.line();
  if (d.periode) w.text(`Période facturée : ${d.periode}`, 40);
  w.line(26);

  w.text("Prestation", 40, { bold: true });
  w.text("Quantité", 350, { bold: true, right: true });
  w.text("Prix unitaire HT", 460, { bold: true, right: true });
  w.text("Montant HT", 555, { bold: true, right: true });
  w.line();
  w.rule();
  for (const l of d.lignes) {
    w.text(l.libelle.slice(0, 55), 40);
    w.text(quantite(l.quantite), 350, { right: true });
    w.text(euros(l.prixUnitaire), 460, { right: true });
    w.text(euros(l.montant), 555, { right: true });
    w.line();
  }
  w.rule();
  w.line(6);
  const total = (label: string, cents: number, bold = false) => {
    w.text(label, 460, { right: true, bold });
    w.text(euros(cents), 555, { right: true, bold });
    w.line();
  };
  if (d.montantRealiseHT !== d.montantHT) total("Réalisé HT", d.montantRealiseHT);
  if (d.reportAuSolde) total("Réalisé au-delà de 80 %, reporté au solde", -d.reportAuSolde);
  for (const m of d.mentionsSousTraitance) total(m.mention, -m.montantHT);
  total("Montant HT", d.montantHT, true);
  total(d.tauxTvaPointsDeBase ? `TVA ${formatHundredths(d.tauxTvaPointsDeBase).replace(".", ",")} %` : "TVA", d.montantTVA);
  total("Montant TTC", d.montantTTC, true);
  if (d.avanceRecuperee) total("Avance récupérée", -d.avanceRecuperee);
  total("Montant à payer TTC", d.montantAPayer, true);
  w.line(10);
  if (!d.tauxTvaPointsDeBase) {
    w.text(MENTION_EXONERATION, 40, { size: 8 });
    w.line();
  }
  w.line(30);
  w.text("Cachet et signature de l'organisme :", 40);
  w.line(90);
  w.text(`Facture signée à déposer sous le nom : ${d.nomFichierAttendu}`.slice(0, 130), 40, { size: 7 });
  return doc.save();
}
