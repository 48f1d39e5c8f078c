/**
 * English counts for reasons: "1 time" / "2 times", "1 point" / "0.5 points". Chinese needs none of
 * this (次, 分 do not inflect), so only the English halves of the rules' explanations use it.
 */
import { fmt, type Fraction } from './fraction';

/** Plural nouns whose singular is not the word minus its "s". Frameworks write units in the plural. */
const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'person',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  times: 'time',
};

/** The singular of a plural English noun phrase; only the first word inflects ("hours per member"). */
export function singularOf(plural: string): string {
  const match = /^(\S+)(.*)$/.exec(plural);
  if (!match) return plural;
  const [, word, rest] = match;
  const lower = word.toLowerCase();
  let singular: string;
  if (IRREGULAR_SINGULARS[lower]) {
    const base = IRREGULAR_SINGULARS[lower];
    singular = word[0] === word[0].toUpperCase() ? base[0].toUpperCase() + base.slice(1) : base;
  } else if (/[^aeiou]ies$/i.test(word)) singular = `${word.slice(0, -3)}y`;
  else if (/(ches|shes|sses|xes)$/i.test(word)) singular = word.slice(0, -2);
  else if (/[^s]s$/i.test(word)) singular = word.slice(0, -1);
  else singular = word;
  return `${singular}${rest}`;
}

/** "1 time", "2 times", "1 hour", "1.5 hours": singular only for exactly one. */
export function countOf(value: number | Fraction, pluralUnit: string): string {
  const shown = fmt(value);
  return `${shown} ${shown === '1' ? singularOf(pluralUnit) : pluralUnit}`;
}

/** A number of occurrences (deductions, bonuses, activities held): "1 time", "3 times". */
export function timesOf(value: number | Fraction): string {
  return countOf(value, 'times');
}

/** "1 point", "0 points", "22.92 points". */
export function pointsOf(value: number | Fraction): string {
  return countOf(value, 'points');
}

/** "1 step", "2 steps". */
export function stepsOf(value: number): string {
  return countOf(value, 'steps');
}
