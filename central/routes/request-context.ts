// What central adds to each Fastify request: the raw body (signatures cover its exact bytes) and,
// once authenticated, the terminal that signed it.
declare module 'fastify' {
  interface FastifyRequest {
    rawBody: Buffer | null;
    terminalId: string | null;
  }
}

export {};
