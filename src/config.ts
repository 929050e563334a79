/**
 * Configuration from the environment, validated at the boundary. Flags given
 * on the command line win over the environment.
 */
import { z } from 'zod';

const Env = z.object({
  COHESION_DB: z.string().min(1).optional(),
  COHESION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  COHESION_USER: z.string().min(1).optional(),
});
export type Env = z.infer<typeof Env>;

export const DEFAULT_DB_PATH = 'data/cohesion.db';

/** An empty variable (`COHESION_DB=`) counts as unset, as shells and CI systems produce them freely. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(set);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid environment: ${issues}`);
  }
  return parsed.data;
}

export class ConfigError extends Error {
  readonly code = 'INVALID_CONFIG';
}
