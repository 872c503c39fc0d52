/** `npm run schema`: writes the published SDL to schema/schema.graphql (checked for drift by the tests). */
import fs from 'node:fs';
import { printSchema } from 'graphql';
import { createSchema } from '../graphql/schema.js';

const target = process.argv[2] ?? 'schema/schema.graphql';
fs.mkdirSync('schema', { recursive: true });
fs.writeFileSync(target, `${printSchema(await createSchema())}\n`);
console.log(`Schema geschreven naar ${target}`);
