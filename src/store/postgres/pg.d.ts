/**
 * Types for the part of `pg` (node-postgres 8) that rasd uses: the package ships no types of its own.
 */
declare module 'pg' {
  export interface QueryResult<R> {
    rows: R[];
    rowCount: number | null;
  }

  export interface Queryable {
    query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
  }

  export interface PoolConfig {
    connectionString?: string;
    /** Most connections the pool opens. */
    max?: number;
    application_name?: string;
  }

  export interface PoolClient extends Queryable {
    /** Returns the connection to the pool; with an error, the connection is closed instead. */
    release(error?: Error | boolean): void;
  }

  export class Pool implements Queryable {
    constructor(config?: PoolConfig);
    query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }

  /** One connection, opened by `connect`. */
  export class Client implements Queryable {
    constructor(config?: string | PoolConfig);
    connect(): Promise<void>;
    query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
    end(): Promise<void>;
  }

  /** An error the server reported: `code` is the SQLSTATE (23505 unique violation, 40P01 deadlock). */
  export class DatabaseError extends Error {
    code?: string;
    constraint?: string;
    detail?: string;
  }

  const pg: { Pool: typeof Pool; Client: typeof Client; DatabaseError: typeof DatabaseError };
  export default pg;
}
