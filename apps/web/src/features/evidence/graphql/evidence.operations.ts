import { graphql } from '../../../generated';

// The files of one assessment, read apart from AssessmentFields: an upload or a removal refetches
// only this, never the values the form is editing.

export const EVIDENCE_FILE_FIELDS = graphql(`
  fragment EvidenceFileFields on EvidenceFile {
    id
    indicatorCode
    name
    mimeType
    kind
    sizeBytes
    uploadedAt
    url
    thumbnailUrl
    previewUrl
    flags {
      code
      message {
        zh
        en
      }
    }
  }
`);

export const ASSESSMENT_EVIDENCE = graphql(`
  query AssessmentEvidence($branchId: ID!, $period: String!) {
    assessment(branchId: $branchId, period: $period) {
      id
      evidence {
        ...EvidenceFileFields
      }
    }
  }
`);
