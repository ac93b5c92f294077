import { AccessKeySchema } from '@motcua/shared';
import { feedbackPath } from '../../config/paths';

/**
 * The sender's private link is `/phan-anh/<code>#k=<accessKey>`: a URL fragment never leaves the browser (it is
 * not sent to the server, nor in a Referer), so the key does not end up in access logs.
 */
const KEY_PARAM = 'k';

/** The key in a location's fragment (`#k=…`), or null when there is none that could be a key. */
export function accessKeyFromHash(hash: string): string | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(KEY_PARAM);
  if (raw === null) return null;
  const parsed = AccessKeySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The path of the private link, fragment included. */
export function privateLinkPath(code: string, accessKey: string): string {
  return `${feedbackPath(code)}#${new URLSearchParams({ [KEY_PARAM]: accessKey }).toString()}`;
}

/** The private link as the sender copies it (absolute). */
export function privateLinkUrl(origin: string, code: string, accessKey: string): string {
  return `${origin}${privateLinkPath(code, accessKey)}`;
}

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_PREFIX = 'motcua-feedback-key:';

/**
 * Keys typed by hand (or opened from a link) are kept for the tab's life only, per feedback code, so that a reload
 * or a visit to another page does not ask for them again, while a shared computer forgets them when the tab closes.
 * Storage may be missing or refuse writes (private modes): the key then simply lives in the page.
 */
export function createAccessKeyStore(storage: KeyStorage | null) {
  return {
    get(code: string): string | null {
      try {
        const stored = storage?.getItem(STORAGE_PREFIX + code) ?? null;
        return stored !== null && AccessKeySchema.safeParse(stored).success ? stored : null;
      } catch {
        return null;
      }
    },
    set(code: string, key: string) {
      try {
        storage?.setItem(STORAGE_PREFIX + code, key);
      } catch {
        // Nothing to do: the key stays in the page's state.
      }
    },
    forget(code: string) {
      try {
        storage?.removeItem(STORAGE_PREFIX + code);
      } catch {
        // As above.
      }
    },
  };
}

export type AccessKeyStore = ReturnType<typeof createAccessKeyStore>;

function sessionStorageOrNull(): KeyStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Reading `sessionStorage` itself throws when the browser blocks storage.
    return null;
  }
}

export const accessKeys = createAccessKeyStore(sessionStorageOrNull());

/** The key for a feedback: the link's fragment first (remembered for the tab), then one remembered earlier. */
export function resolveAccessKey(hash: string, code: string, store: AccessKeyStore): string | null {
  const fromLink = accessKeyFromHash(hash);
  if (fromLink) {
    store.set(code, fromLink);
    return fromLink;
  }
  return store.get(code);
}

/**
 * What the sender typed into the key field: the key itself, or the whole private link pasted in (its `#k=` part is
 * taken).
 */
export function accessKeyFromInput(value: string): string {
  const trimmed = value.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? (new URLSearchParams(trimmed.slice(hash + 1)).get(KEY_PARAM) ?? '').trim() : trimmed;
}
