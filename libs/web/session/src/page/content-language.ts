/**
 * The language the centres write their own content in (names, presentation, charter). Marked on
 * that content so screen readers read French words in French when the interface is in Arabic.
 */
export const CONTENT_LANG = 'fr';
