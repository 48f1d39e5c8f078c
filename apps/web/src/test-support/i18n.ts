// Specs anywhere in the web app get the fully registered strings from here, so feature code never
// imports app/ (the lint boundary) while its specs still render real texts.
export { createTestI18n, initI18n, resources } from '../app/i18n-all-languages';
