import { useQuery } from '@apollo/client';
import type { Framework } from '@pathboard/scoring';
import { useMemo } from 'react';
import { FRAMEWORK_DEFINITION } from '../graphql/assessment.operations';

/**
 * The API stores a framework only after validating it (libs/frameworks), so its definition is a
 * Framework; this only guards against an answer of the wrong shape instead of crashing the form.
 */
export function asFramework(definition: unknown): Framework | null {
  const candidate = definition as Partial<Framework> | null;
  if (!candidate || typeof candidate !== 'object') return null;
  if (!Array.isArray(candidate.paths) || !Array.isArray(candidate.grades)) return null;
  return candidate.paths.every((p) => Array.isArray(p?.indicators)) ? (candidate as Framework) : null;
}

/** A framework version, whole. Versions never change once used, so the cache may keep it. */
export function useFrameworkDefinition(id: string | null | undefined) {
  const { data, loading, error, refetch } = useQuery(FRAMEWORK_DEFINITION, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  const framework = useMemo(() => (data ? asFramework(data.framework.definition) : null), [data]);
  return { framework, loading: loading && !data, error, broken: Boolean(data) && !framework, refetch };
}
