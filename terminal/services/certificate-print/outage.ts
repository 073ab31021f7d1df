// When 证明打印 cannot run, in words for the resident: no A4 printer, the printer stopped, or no
// live link to central (certificate data belongs to the issuing authority, nothing is queued).
import type { DocumentPrinterState } from '../../../drivers/types.ts';
import type { SyncStatus } from '../../api.ts';

export function documentPrinterOutage(state: DocumentPrinterState | null): string | null {
  if (!state) return '暂停服务：本机没有配置A4打印机';
  switch (state.state) {
    case 'stopped':
      return '暂停服务：A4打印机暂停工作';
    case 'missing':
    case 'unreachable':
      return '暂停服务：A4打印机未连接';
    default:
      return null; // checking or ready
  }
}

/** On the tile and its notice: short, and it says where to go instead. */
export const NEEDS_NETWORK = '暂停服务：证明打印需要联网，请到人工窗口办理';
/** When the link drops between the choice and the request. */
export const NETWORK_LOST = '证明打印需要联网，本机现在连不上政务中心，没有开具。请到人工窗口办理。';

export function networkOutage(sync: SyncStatus): string | null {
  return sync.state === 'online' ? null : NEEDS_NETWORK;
}
