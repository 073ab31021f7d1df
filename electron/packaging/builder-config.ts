// electron-builder.yml as data, for the packaging checks (tests/electron/packaging*.test.ts):
// only the fields those checks read, parsed so a typo in the file fails with the field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const targetSchema = z.union([z.string(), z.object({ target: z.string() }).passthrough()]);

const builderConfigSchema = z
  .object({
    files: z.array(z.string()),
    asarUnpack: z.array(z.string()).default([]),
    linux: z.object({ target: z.array(targetSchema), maintainer: z.string().optional() }).passthrough(),
    deb: z.object({ depends: z.array(z.string()) }).passthrough(),
    npmRebuild: z.boolean().optional(),
    publish: z.unknown().optional(),
  })
  .passthrough();

export type BuilderConfig = z.infer<typeof builderConfigSchema>;

export function readBuilderConfig(projectRoot: string): BuilderConfig {
  const file = join(projectRoot, 'electron-builder.yml');
  const parsed = builderConfigSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** linux.target as names ('deb', 'AppImage'…), whichever of electron-builder's two spellings is used. */
export function linuxTargets(config: BuilderConfig): string[] {
  return config.linux.target.map((t) => (typeof t === 'string' ? t : t.target));
}
