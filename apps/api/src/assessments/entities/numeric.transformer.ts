import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string (exact); the API exposes the stored, already rounded figure as a number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};

/** numeric[] the same way: each element exact on the wire, a number in the app. */
export const numericArrayTransformer: ValueTransformer = {
  to: (value: number[] | null | undefined) => value,
  from: (value: (string | number)[] | null) =>
    value === null || value === undefined ? null : value.map(Number),
};
