/** Strings of the reports feature, merged into the app's translation under `reports` by shared/i18n. */
export const reportsZh = {
  reports: {
    title: '',
  },
} as const;
