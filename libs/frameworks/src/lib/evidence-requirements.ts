import { isApplicable, type Framework, type Indicator, type Sector } from '@pathboard/scoring';

/** Indicators whose value needs at least one evidence file before submitting, for a branch of `sector`. */
export function indicatorsRequiringEvidence(framework: Framework, sector?: Sector): Indicator[] {
  return framework.paths.flatMap((path) =>
    path.indicators.filter((i) => i.evidence?.required && isApplicable(i, sector)),
  );
}

/** Required indicators with no file, in framework order. */
export function missingEvidence(
  framework: Framework,
  sector: Sector | undefined,
  withFiles: ReadonlySet<string>,
): Indicator[] {
  return indicatorsRequiringEvidence(framework, sector).filter((i) => !withFiles.has(i.code));
}
