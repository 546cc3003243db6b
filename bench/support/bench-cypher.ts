// The benchmarks' own queries (bulk loading, counts), kept in bench/cypher/ beside the code that
// runs them rather than among the app's queries in cypher/.
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { cypherFile } from '../../server/db/cypher-files.ts';

const BENCH_CYPHER_DIR = path.join(PROJECT_ROOT, 'bench', 'cypher');

/** The text of bench/cypher/<name>. */
export const benchCypher = (name: string): string => cypherFile(name, BENCH_CYPHER_DIR);
