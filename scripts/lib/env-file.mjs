// A `.env` at the repository root (copy .env.example) is read by npm start, npm run dev, npm test and the token
// script. What the environment already sets wins: process.loadEnvFile never overrides a variable that is set.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ENV_FILE = fileURLToPath(new URL('../../.env', import.meta.url));

export function loadEnvFile() {
  if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
}
