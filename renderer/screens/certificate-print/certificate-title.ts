// The certificate's name on the result screen and in its prompt. The hub's title is the official
// Chinese one printed on the paper; a resident reading another language sees the catalog's name
// for the chosen type in that language when the catalog has one, else the Chinese title with the
// "(Chinese)" note. As a texts item, so that Localized and localizedField treat it like any other.
import type { ServiceView } from '../../../terminal/api.ts';

export type CertificateTypeView = NonNullable<ServiceView['certificateTypes']>[number];

export function certificateTitleItem(hubTitle: string, type: CertificateTypeView | undefined): { name: string; i18n?: CertificateTypeView['i18n'] } {
  return { name: hubTitle, i18n: type?.i18n };
}
