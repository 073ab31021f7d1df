// What makes a service's part of KioskApi a slice: its request schemas (parsed at both transports)
// and a builder whose methods take exactly what those schemas let through. The answers' types come
// from the builder itself (as VxSuite's `type Api = ReturnType<typeof buildApi>`), and api.ts
// spreads each slice's schemas and answers into the one contract. No Node imports: the renderer
// bundles this through api.ts.
import { z } from 'zod';

export type RequestSchemas = Record<string, z.ZodType>;

/** The methods a slice must have for its schemas: each takes its parsed request. */
export type SliceMethods<S extends RequestSchemas> = { [M in keyof S]: (params: z.infer<S[M]>) => Promise<unknown> };

/** A slice's answers, method by method, read off its builder's methods. */
export type ResponsesOf<A> = { [M in keyof A]: A[M] extends (...args: never[]) => Promise<infer R> ? R : never };

/** An id a screen sends back (a service, a guide, a topic…): never empty, never long. */
export const requestId = z.string().min(1).max(64);
