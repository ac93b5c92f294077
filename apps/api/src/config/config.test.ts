import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const secret = 'a-production-secret-of-at-least-32-chars';

describe('loadConfig', () => {
  it('uses embedded PGlite under ./data and seeds the demo outside production', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('never seeds demo accounts in production and refuses to be asked to', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).seedDemo).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, SEED_DEMO: 'true' })).toThrow(
      /SEED_DEMO/,
    );
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required in production/);
  });

  it('names every malformed variable', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*LOG_LEVEL[\s\S]*DATABASE_URL|PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/,
    );
  });
});
