// 事项办理 and 诉求反映 as terminal.ts wires them: one call, both services' KioskApi methods, each
// entered through its own catalog kind (a kiosk may offer one without the other).
import type { Guide } from '../../shared/contract/info-documents.ts';
import type { DemandSite } from '../../config/demand-sites.ts';
import type { CaseFilingDeps } from './case-filing.ts';
import type { Visit } from './visit.ts';
import { createApplicationApi } from './application/application-api.ts';
import { createDemandApi } from './demand/demand-api.ts';

export interface CaseServicesDeps extends CaseFilingDeps {
  enterApplication(): Visit;
  enterDemand(): Visit;
  nextSeq(): number;
  guide(id: string): Guide | null;
  sites(): DemandSite[];
}

export function createCaseServices(deps: CaseServicesDeps) {
  const { enterApplication, enterDemand, ...rest } = deps;
  return {
    ...createApplicationApi({ ...rest, enter: enterApplication }),
    ...createDemandApi({ ...rest, enter: enterDemand }),
  };
}
