import { texts } from '../../../config/i18n';

/** The texts of the report form screens. */
export const t = texts.reportTemplates;
