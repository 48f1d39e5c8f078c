/** Strings of the admin feature, merged into the app's translation under `admin` by shared/i18n. */
export const adminZh = {
  admin: {
    title: '',
  },
} as const;
