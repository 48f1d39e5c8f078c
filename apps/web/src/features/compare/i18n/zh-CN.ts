/** Strings of the compare feature, merged into the app's translation under `compare` by shared/i18n. */
export const compareZh = {
  compare: {
    title: '',
  },
} as const;
