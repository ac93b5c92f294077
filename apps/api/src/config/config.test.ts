import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const secret = 'a-production-secret-of-at-least-32-chars';
const signingKey =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHvGJ3cN3S2x1n1q0r9Zf6b1zjv0Qk0m4v3n2k1j0h9g\n-----END PRIVATE KEY-----\n';
const production = { NODE_ENV: 'production', JWT_SECRET: secret, SIGNING_KEY: signingKey };

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
    expect(loadConfig(production).seedDemo).toBe(false);
    expect(() => loadConfig({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
  });

  it('requires a JWT secret and a signing key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/SIGNING_KEY/);
  });

  it('names every malformed variable', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*LOG_LEVEL[\s\S]*DATABASE_URL|PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/,
    );
  });
});
