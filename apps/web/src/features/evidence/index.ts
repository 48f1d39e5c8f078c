// Evidence files (佐证材料): the branch attaches them on its form, the committee reads them on review.
export { EvidenceUploader, EVIDENCE_ACCEPT } from './components/EvidenceUploader';
export type { EvidenceUploaderProps } from './components/EvidenceUploader';
export { EvidenceList, openEvidence } from './components/EvidenceList';
export type { EvidenceListProps } from './components/EvidenceList';
export { EvidenceArchiveButton } from './components/EvidenceArchiveButton';
export { useAssessmentEvidence, groupByIndicator } from './hooks/useAssessmentEvidence';
export type { EvidenceFile } from './hooks/useAssessmentEvidence';
export { evidenceZh } from './i18n';
export { ASSESSMENT_EVIDENCE } from './graphql/evidence.operations';
