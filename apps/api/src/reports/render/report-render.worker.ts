/**
 * The worker-thread entry of the report render pool (piscina calls the default export with each
 * job). It imports only the framework-free report builders, never Nest or the database.
 */
import { renderReportJob, type RenderJob } from '@pathboard/reports';

export default function renderInWorker(job: RenderJob): Promise<Buffer> {
  return renderReportJob(job);
}
