/** The portal's client-side routes, in one place so links and redirects never drift apart. */
export const paths = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  profile: '/tai-khoan',
} as const;

/** Where to go after signing in, carried in the login URL as `?tiep=`. */
export const REDIRECT_PARAM = 'tiep';

export const API_BASE = '/api/v1';
export const API_DOCS_URL = '/api/docs';
