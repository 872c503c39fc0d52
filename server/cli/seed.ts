/** `npm run seed`: (re)load boundaries, stations and published figures into the configured database. */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { seedDatabase } from '../../seeds/seed.js';

const config = loadConfig();
const database = await openDatabase(config);
try {
  await seedDatabase(database.dataSource, config);
  console.log('Seed voltooid.');
} finally {
  await database.close();
}
