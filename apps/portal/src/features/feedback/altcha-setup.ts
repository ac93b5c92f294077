/**
 * Loads the ALTCHA web component, on demand (about 30 KB gzipped, needed on the forms only). The `external` build
 * is used because the default one starts its workers from blob: URLs and injects a style element, which the
 * portal's Content-Security-Policy (`script-src 'self'`) would block; here the worker is a file of our own origin
 * and the styles an ordinary stylesheet.
 */
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/vi';
import ShaWorker from 'altcha/workers/sha?worker';
import { texts } from '../../config/texts';

// The API issues SHA-256 challenges (apps/api/src/lib/captcha.ts); the other SHA sizes share the same worker.
for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512']) {
  $altcha.algorithms.set(algorithm, () => new ShaWorker());
}

$altcha.i18n.set('vi', { ...$altcha.i18n.get('vi'), ...texts.feedback.captchaStrings });
