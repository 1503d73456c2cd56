import { lazyPage, lazyRoutes } from '@palier/web-ui';
import type { ComponentType } from 'react';

/** Each page is loaded when first opened, in its own file. */
const IdeasPage = lazyPage(() => import('./ideas-page').then((m) => m.IdeasPage));
const IdeaFormPage = lazyPage(() => import('./idea-form-page').then((m) => m.IdeaFormPage));
const IdeaPage = lazyPage(() => import('./idea-page').then((m) => m.IdeaPage));
const CategoriesPage = lazyPage(() => import('./categories-page').then((m) => m.CategoriesPage));

const PAGES: [string, ComponentType][] = [
  ['c/:slug/idees', IdeasPage],
  ['c/:slug/idees/nouvelle', IdeaFormPage],
  ['c/:slug/idees/categories', CategoriesPage],
  ['c/:slug/idees/:ideaId', IdeaPage],
];

/** The routes of the idea box, placed by the app inside its shell. */
export function ideasRoutes() {
  return lazyRoutes(PAGES);
}
