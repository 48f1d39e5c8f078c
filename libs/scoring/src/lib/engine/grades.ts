/** Grades (等次): the framework's ordered list, compared against the total as shown. */
import type { Framework, GradeRef } from '../types';

export interface CompiledGrades {
  /** Best first, as in the framework. */
  refs: GradeRef[];
  mins: number[];
  /** Index of the worst grade (the default veto cap). */
  lowestIndex: number;
  indexOf(code: string): number;
}

export function compileGrades(framework: Framework): CompiledGrades {
  if (framework.grades.length === 0) throw new Error(`Framework ${framework.code}: no grades`);
  const grades = framework.grades;
  for (let i = 1; i < grades.length; i++) {
    if (grades[i].min > grades[i - 1].min)
      throw new Error(`Framework ${framework.code}: grades must be ordered best first`);
  }
  const refs = grades.map((g) => ({ code: g.code, name: g.name }));
  const codes = grades.map((g) => g.code);
  return {
    refs,
    mins: grades.map((g) => g.min),
    lowestIndex: grades.length - 1,
    indexOf: (code) => codes.indexOf(code),
  };
}

/** The index of the grade a shown (2-decimal) total earns; below every minimum, the lowest grade. */
export function gradeIndexForShownTotal(grades: CompiledGrades, shownTotal: number): number {
  const index = grades.mins.findIndex((min) => shownTotal >= min);
  return index < 0 ? grades.lowestIndex : index;
}
