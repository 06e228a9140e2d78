import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";

/** A deterministic pseudo-random generator (mulberry32): the same seed fuzzes the same way. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  "",
  " ",
  "a".repeat(5000),
  "'; DROP TABLE action; --",
  "\" OR 1=1 --",
  "<x>&amp;</x><!ENTITY e SYSTEM \"file:///etc/passwd\">",
  "]]><![CDATA[",
  "\u0000\u0001\u001f",
  "🙂‍↔️ ǅ Ⅻ \u202e\u200b",
  "Éléonore d'Arc-en-Ciel",
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "31/02/2023",
  "2023-02-31",
  "-1",
  "1e309",
  "NaN",
];
const DATES = ["2023-02-31", "31/02/2023", "2023-13-01", "0000-00-00", "9999-12-31", "1900-01-01", "2022-09-01", "", "2024-02-29T10:00:00Z"];
const DECIMALS = ["-1", "0", "0.001", "1e309", "NaN", "-0.01", "99999999999999999999", "12,5", "3175.00", "1 000", ""];
const INTS = [0, -1, 1, 2147483647, -2147483648, 2147483648, 1e20, 1.5, "12", null];
const IDS = ["0", "-1", "1", "2", "99999999999", "abc", "1 OR 1=1", "", "1e3", "🙂"];

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

/**
 * A value for an input type: mostly hostile (boundaries, wrong types, huge strings, odd
 * Unicode, impossible dates, SQL/XML metacharacters), sometimes well formed so that the call
 * goes past coercion and reaches the rules.
 */
export function fuzzValue(type: GraphQLInputType, random: () => number, depth = 0): unknown {
  if (isNonNullType(type)) return random() < 0.05 ? null : fuzzValue(type.ofType, random, depth);
  if (random() < 0.04) return null;
  if (isListType(type)) {
    const length = pick([0, 1, 2, 3, 200], random);
    return Array.from({ length }, () => fuzzValue(type.ofType, random, depth + 1));
  }
  const named = getNamedType(type);
  if (random() < 0.06) return pick([42, "texte", true, { a: 1 }, [1, 2]], random); // wrong type
  if (isEnumType(named)) return random() < 0.8 ? pick(named.getValues(), random).value : "VALEUR_INCONNUE";
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) || random() < 0.7) out[field.name] = fuzzValue(field.type, random, depth + 1);
    }
    if (random() < 0.05) out.champInconnu = "x";
    return out;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case "Int":
        return pick(INTS, random);
      case "Float":
        return pick([0, -1, 1e308, Number.MIN_VALUE, "1.5"], random);
      case "Boolean":
        return pick([true, false, "true", 0], random);
      case "ID":
        return pick(IDS, random);
      case "Date":
        return pick(DATES, random);
      case "Montant":
      case "Heures":
        return pick(DECIMALS, random);
      default:
        return pick(STRINGS, random);
    }
  }
  return null;
}
