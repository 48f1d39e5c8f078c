export { ReportButtons } from './components/ReportButtons';
export type { ReportButtonsProps } from './components/ReportButtons';
export { BranchReportButton } from './components/BranchReportButton';
export { ImportDialog } from './components/ImportDialog';
export { useFileDownload } from './hooks/useFileDownload';
export { branchReportUrl, unitReportUrl, fallbackFilename } from './download/report-urls';
export { downloadFile, saveBlob, progressPercent } from './download/download-file';
export { filenameFromContentDisposition } from './download/content-disposition';
export { formatBytes } from './download/format-bytes';
