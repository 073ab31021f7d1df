// What each document kind's body must look like. Central validates before it signs and publishes;
// the kiosk validates again after verifying the signature, with the same schemas.
import type { z } from 'zod';
import { catalogSchema } from '../../config/catalog-schema.ts';
import { configSchema } from '../../config/schema.ts';
import { announcementsBodySchema, type DocumentKind } from './schemas.ts';

/**
 * A remote config body is a partial configuration: only the top-level sections it names are
 * replaced. Its nested defaults are filled by parsing, so the kiosk should merge the body AS SENT
 * (not the parse output) over its local configuration and validate the result with configSchema.
 */
export const remoteConfigBodySchema = configSchema.partial();

export const documentBodySchemas: Record<DocumentKind, z.ZodType> = {
  catalog: catalogSchema,
  config: remoteConfigBodySchema,
  announcements: announcementsBodySchema,
};
