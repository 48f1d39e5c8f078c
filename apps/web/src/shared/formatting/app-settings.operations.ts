import { graphql } from '../../generated';

export const APP_SETTINGS = graphql(`
  query AppSettings {
    appSettings {
      timeZone
    }
  }
`);
