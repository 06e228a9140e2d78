import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { formatHundredths, parseHundredths } from "../money/decimal.js";

function hundredthsScalar(name: string, description: string, label: string): GraphQLScalarType<number, string> {
  const parse = (raw: unknown): number => {
    const parsed =
      typeof raw === "string" ? parseHundredths(raw) : Number.isInteger(raw) ? parseHundredths(String(raw)) : null;
    if (parsed === null) {
      throw new GraphQLError(`${label} invalide : indiquez un nombre avec au plus deux décimales (ex. 3175.00).`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return parsed;
  };
  return new GraphQLScalarType<number, string>({
    name,
    description,
    serialize: (value) => formatHundredths(value as number),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) =>
      parse(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
  });
}

/** Money: stored as integer cents, sent as an exact decimal string "3175.00". Never a Float. */
export const MontantScalar = hundredthsScalar(
  "Montant",
  "Montant exact en euros, chaîne décimale à deux chiffres après le point (ex. \"3175.00\"). Stocké en centimes entiers.",
  "Montant",
);

/** Hours: stored as integer hundredths of an hour, sent as an exact decimal string "37200.00". */
export const HeuresScalar = hundredthsScalar(
  "Heures",
  "Nombre d'heures exact, chaîne décimale à deux chiffres après le point (ex. \"35.50\"). Stocké en centièmes d'heure.",
  "Nombre d'heures",
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (31/02 is refused). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day without time zone, "YYYY-MM-DD" on the wire (the UI shows dd/mm/yyyy). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "Jour calendaire sans fuseau horaire, au format AAAA-MM-JJ.",
  serialize: (value) => String(value),
  parseValue: (raw) => parseDate(raw),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(raw: unknown): string {
  if (typeof raw === "string" && isCalendarDate(raw)) return raw;
  throw new GraphQLError("Date invalide : indiquez une date existante au format AAAA-MM-JJ.", {
    extensions: { code: "BAD_USER_INPUT" },
  });
}
