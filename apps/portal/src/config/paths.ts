/** The portal's client-side routes, in one place so links and redirects never drift apart. */
export const paths = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  profile: '/tai-khoan',
  track: '/tra-cuu',
  myDossiers: '/ho-so-cua-toi',
} as const;

/** The public tracking page of one dossier: the URL the QR code on the printed receipt opens. */
export function trackPath(code: string): string {
  return `${paths.track}/${encodeURIComponent(code)}`;
}

/** One of the signed-in citizen's dossiers; the payment gateway sends the citizen back here. */
export function myDossierPath(id: string): string {
  return `${paths.myDossiers}/${encodeURIComponent(id)}`;
}

/** Set by the payment gateway on its way back to the dossier: `thanh-cong` or `that-bai`. */
export const PAYMENT_RESULT_PARAM = 'thanh-toan';

/** Where to go after signing in, carried in the login URL as `?tiep=`. */
export const REDIRECT_PARAM = 'tiep';

export const API_BASE = '/api/v1';
export const API_DOCS_URL = '/api/docs';
