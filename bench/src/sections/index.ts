import type { BenchSection } from '../bench';
import { intakeSection } from './intake';
import { pipelineSection } from './pipeline';
import { monitorSection } from './monitor';
import { claimSection } from './claim';
import { followupsSection } from './followups';
import { dashboardSection } from './dashboard';
import { importSection } from './import';

/** The sections in the order they run. */
export const SECTIONS: BenchSection[] = [
  intakeSection,
  pipelineSection,
  monitorSection,
  claimSection,
  followupsSection,
  dashboardSection,
  importSection,
];
