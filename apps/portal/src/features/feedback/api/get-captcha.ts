import { API_BASE } from '../../../config/paths';

/**
 * GET /public/captcha: a fresh ALTCHA challenge. The widget fetches it itself, once per solve, so there is no
 * fetcher or query here, only the address the widget is given.
 */
export const CAPTCHA_CHALLENGE_URL = `${API_BASE}/public/captcha`;
