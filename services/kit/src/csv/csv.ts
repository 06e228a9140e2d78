import { badInput } from "../errors/errors.js";

/** One data line of a CSV file: its line number in the file (1 = the header) and its cells by column name. */
export interface CsvRecord {
  ligne: number;
  valeurs: Record<string, string>;
}

export interface CsvLimits {
  maxCharacters: number;
  maxLines: number;
}

/**
 * Reads a CSV file as spreadsheets in France write it: `;` separated (`,` accepted when the
 * header has no `;`), optional double quotes ("" inside quotes is a quote), CRLF or LF, an
 * optional BOM. The first line names the columns (case and accents of the names are kept,
 * surrounding spaces dropped). Blank lines are skipped. Refuses (BAD_USER_INPUT) a file over
 * the limits, without a header, or whose line has more cells than the header.
 */
export function parseCsv(text: string, limits: CsvLimits): { colonnes: string[]; lignes: CsvRecord[] } {
  if (text.length > limits.maxCharacters) {
    throw badInput(`Le fichier dépasse la taille autorisée (${limits.maxCharacters} caractères) : découpez-le.`, "csv");
  }
  const rows = splitRows(text.replace(/^\uFEFF/, ""));
  const header = rows.find((row) => !isBlank(row.cells));
  if (!header) throw badInput("Le fichier est vide : la première ligne doit nommer les colonnes.", "csv");
  const colonnes = header.cells.map((cell) => cell.trim());
  const lignes: CsvRecord[] = [];
  for (const row of rows) {
    if (row === header || row.line < header.line || isBlank(row.cells)) continue;
    if (row.cells.length > colonnes.length) {
      throw badInput(`Ligne ${row.line} : ${row.cells.length} colonnes au lieu de ${colonnes.length}.`, "csv");
    }
    const valeurs: Record<string, string> = {};
    colonnes.forEach((name, index) => (valeurs[name] = (row.cells[index] ?? "").trim()));
    lignes.push({ ligne: row.line, valeurs });
  }
  if (lignes.length > limits.maxLines) {
    throw badInput(`Le fichier compte ${lignes.length} lignes : ${limits.maxLines} au plus par fichier.`, "csv");
  }
  return { colonnes, lignes };
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

function splitRows(text: string): { line: number; cells: string[] }[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes(";") || !firstLine.includes(",") ? ";" : ",";
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line += 1;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) throw badInput(`Ligne ${rowLine} : guillemet ouvrant sans guillemet fermant.`, "csv");
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
