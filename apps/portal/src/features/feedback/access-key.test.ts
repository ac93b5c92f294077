import { describe, expect, it } from 'vitest';
import {
  accessKeyFromHash,
  accessKeyFromInput,
  createAccessKeyStore,
  privateLinkPath,
  privateLinkUrl,
  resolveAccessKey,
} from './access-key';

const KEY = 'Zk3pQ_r8-wXbY2tLmN4vC6dE9aH1sJ0u';
const CODE = 'PA-7K3QX9MD2F';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe('the private link', () => {
  it('carries the key in the fragment, which round-trips exactly', () => {
    expect(privateLinkPath(CODE, KEY)).toBe(`/phan-anh/${CODE}#k=${KEY}`);
    expect(privateLinkUrl('https://dichvucong.example.vn', CODE, KEY)).toBe(
      `https://dichvucong.example.vn/phan-anh/${CODE}#k=${KEY}`,
    );
    const hash = privateLinkPath(CODE, KEY).slice(privateLinkPath(CODE, KEY).indexOf('#'));
    expect(accessKeyFromHash(hash)).toBe(KEY);
  });

  it('finds no key in an empty fragment, another fragment, or one too short to be a key', () => {
    expect(accessKeyFromHash('')).toBeNull();
    expect(accessKeyFromHash('#main-content')).toBeNull();
    expect(accessKeyFromHash('#k=short')).toBeNull();
  });

  it('takes the key typed alone or the whole private link pasted into the field', () => {
    expect(accessKeyFromInput(`  ${KEY} `)).toBe(KEY);
    expect(accessKeyFromInput(`https://dichvucong.example.vn/phan-anh/${CODE}#k=${KEY}`)).toBe(KEY);
    expect(accessKeyFromInput('https://dichvucong.example.vn/phan-anh/PA-7K3QX9MD2F#')).toBe('');
  });
});

describe('remembering the key', () => {
  it('prefers the link, remembers it for the tab, and falls back to it when the link has none', () => {
    const storage = memoryStorage();
    const store = createAccessKeyStore(storage);
    expect(resolveAccessKey('', CODE, store)).toBeNull();
    expect(resolveAccessKey(`#k=${KEY}`, CODE, store)).toBe(KEY);
    expect(resolveAccessKey('', CODE, store)).toBe(KEY);
    // Per code: another feedback's page does not get this key.
    expect(resolveAccessKey('', 'PA-0000000000', store)).toBeNull();
    store.forget(CODE);
    expect(store.get(CODE)).toBeNull();
  });

  it('works, without remembering, where storage is missing or refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const store of [createAccessKeyStore(null), createAccessKeyStore(refusing)]) {
      expect(() => store.set(CODE, KEY)).not.toThrow();
      expect(store.get(CODE)).toBeNull();
      expect(resolveAccessKey(`#k=${KEY}`, CODE, store)).toBe(KEY);
    }
  });

  it('ignores a stored value that cannot be a key', () => {
    const storage = memoryStorage();
    storage.setItem(`motcua-feedback-key:${CODE}`, 'x');
    expect(createAccessKeyStore(storage).get(CODE)).toBeNull();
  });
});
