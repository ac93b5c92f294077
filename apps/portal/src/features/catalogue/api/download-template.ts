import { API_BASE } from '../../../config/paths';

/**
 * A template form (mẫu đơn, tờ khai) of a dossier component. Public and served as an attachment, so a plain link
 * downloads it: no token to carry, and the browser shows its own download progress.
 */
export function templateHref(id: string): string {
  return `${API_BASE}/procedures/templates/${encodeURIComponent(id)}`;
}
