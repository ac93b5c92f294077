/**
 * The in-app path to continue to after signing in, taken from the URL. Only same-site paths are accepted: a link
 * like `/dang-nhap?tiep=https://evil.example` must not send a citizen elsewhere after they typed their password.
 */
export function safeRedirect(
  target: string | null | undefined,
  fallback: string,
  exclude: readonly string[] = [],
) {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
    return fallback;
  const pathname = target.split(/[?#]/)[0] ?? '';
  return exclude.includes(pathname) ? fallback : target;
}
