/** The portal's client-side routes, in one place so links and redirects never drift apart. */
export const paths = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  profile: '/tai-khoan',
  track: '/tra-cuu',
  myDossiers: '/ho-so-cua-toi',
  catalogue: '/thu-tuc',
  finder: '/huong-dan',
  questions: '/hoi-dap',
  askQuestion: '/hoi-dap/dat-cau-hoi',
  drafts: '/ho-so-dang-soan',
  documents: '/giay-to-cua-toi',
  verify: '/xac-thuc-ket-qua',
  forgotPassword: '/quen-mat-khau',
  resetPassword: '/dat-lai-mat-khau',
  feedback: '/phan-anh',
  feedbackSubmit: '/phan-anh/gui',
  feedbackTrack: '/phan-anh/tra-cuu',
  scoreboard: '/bang-xep-hang',
} as const;

/** A procedure's page in the catalogue. */
export function procedurePath(code: string): string {
  return `${paths.catalogue}/${encodeURIComponent(code)}`;
}

/** Starts (or resumes) an online submission of a procedure. */
export function submitPath(code: string): string {
  return `/nop-truc-tuyen/${encodeURIComponent(code)}`;
}

/** A draft being filled in. */
export function draftPath(id: string): string {
  return `${paths.drafts}/${encodeURIComponent(id)}`;
}

/** The public tracking page of one dossier: the URL the QR code on the printed receipt opens. */
export function trackPath(code: string): string {
  return `${paths.track}/${encodeURIComponent(code)}`;
}

/** One feedback (phản ánh, kiến nghị) by its code: where it stands and, once published, the answer. */
export function feedbackPath(code: string): string {
  return `${paths.feedback}/${encodeURIComponent(code)}`;
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
