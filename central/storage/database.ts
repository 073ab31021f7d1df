// The one storage interface central uses. Both implementations speak PostgreSQL, so every query
// and migration is the same SQL whether it runs on embedded PGlite or on a PostgreSQL server.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** What a LISTEN hands its notifications to (database-notifications.ts). */
export interface NotificationListener {
  onNotify(payload: string): void;
  /** The listening connection dropped: notifications may be missed until onResync. */
  onLost(): void;
  /** Listening again after a loss: what was missed meanwhile must be read afresh. */
  onResync(): void;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * LISTEN on `channel` (lower-case letters and underscores) until the returned function is called.
   * Optional: a store without it (a test's stub) leaves callers to ask the database every time.
   */
  listen?(channel: string, listener: NotificationListener): Promise<() => Promise<void>>;
  /**
   * A consistent gzipped tarball of the whole database, taken while it serves (PGlite only: a
   * hall's backup, restored with `central --restore`). PostgreSQL is backed up with pg_dump.
   */
  backup?(): Promise<Blob>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Date → ISO string; PostgreSQL drivers hand timestamptz back as Date. */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError(`expected a timestamp, got ${typeof value}`);
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoOf(value);
}
