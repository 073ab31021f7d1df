// What each document kind's body must look like. Central validates before it signs and publishes;
// the kiosk validates again after verifying the signature, with the same schemas. The catalog
// and the configuration are bodies too, and their schemas are config's own, so the table that
// joins them to the contract's bodies sits here, above shared/contract/ (which imports nothing).
import { z } from 'zod';
import { catalogSchema } from './catalog-schema.ts';
import { configSchema } from './schema.ts';
import { pushRefusals } from './remote-layer.ts';
import { announcementsBodySchema, type DocumentKind } from '../shared/contract/schemas.ts';
import { guidesBodySchema, noticesBodySchema } from '../shared/contract/info-documents.ts';
import { mattersBodySchema } from '../shared/contract/public-matters.ts';
import { voicePacksBodySchema } from '../shared/contract/voice-packs.ts';

/**
 * A remote config body is a partial configuration: only the top-level sections it names are
 * replaced. Its nested defaults are filled by parsing, so the kiosk should merge the body AS SENT
 * (not the parse output) over its local configuration and validate the result with configSchema.
 */
export const remoteConfigBodySchema = z
  .record(z.string(), z.unknown())
  // Checked on the body as sent (parsing fills defaults into every section), and refused here, at
  // publishing, rather than by every kiosk after it is signed and sent.
  .superRefine((body, ctx) => {
    for (const message of pushRefusals(body)) ctx.addIssue({ code: 'custom', message });
  })
  .pipe(configSchema.partial());

export const documentBodySchemas: Record<DocumentKind, z.ZodType> = {
  catalog: catalogSchema,
  config: remoteConfigBodySchema,
  announcements: announcementsBodySchema,
  guides: guidesBodySchema,
  notices: noticesBodySchema,
  matters: mattersBodySchema,
  'voice-packs': voicePacksBodySchema,
};
