// What each document kind's body must look like. Central validates before it signs and publishes;
// the kiosk validates again after verifying the signature, with the same schemas.
import { z } from 'zod';
import { catalogSchema } from '../../config/catalog-schema.ts';
import { configSchema } from '../../config/schema.ts';
import { pushRefusals } from '../../config/remote-layer.ts';
import { announcementsBodySchema, type DocumentKind } from './schemas.ts';
import { guidesBodySchema, noticesBodySchema } from './info-documents.ts';
import { mattersBodySchema } from './public-matters.ts';
import { voicePacksBodySchema } from './voice-packs.ts';

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
