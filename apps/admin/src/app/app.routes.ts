import { Route, Routes } from '@angular/router';

import { AREAS, Area } from './areas';
import { authGuard } from './core/auth/auth-guard';

const title = (page: string) => `${page} – Governance Ledger`;

const placeholder = (area: Area): Route => ({
  path: area.path,
  title: title(area.title),
  loadComponent: () => import('./features/placeholder/placeholder-page').then((m) => m.PlaceholderPage),
  data: { area },
});

export const routes: Routes = [
  {
    path: 'login',
    title: title('Sign in'),
    loadComponent: () => import('./features/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./features/shell/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: title('Home'),
        loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage),
      },
      ...Object.values(AREAS).map(placeholder),
    ],
  },
  { path: '**', redirectTo: '' },
];
