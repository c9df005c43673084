import { Route, Routes } from '@angular/router';

import { AREAS, Area } from './areas';
import { authGuard } from './core/auth/auth-guard';

const title = (page: string) => `${page} – Governance Ledger`;

type PageLoader = NonNullable<Route['loadComponent']>;

/** Every area's page, loaded when first opened; an area without a page does not compile. */
const PAGES: Readonly<Record<keyof typeof AREAS, PageLoader>> = {
  establishment: () => import('./features/workforce/establishment/establishment-page').then((m) => m.EstablishmentPage),
  skillsMatrix: () => import('./features/workforce/skills-matrix/skills-matrix-page').then((m) => m.SkillsMatrixPage),
  trainingRegister: () => import('./features/workforce/training-register/training-register-page').then((m) => m.TrainingRegisterPage),
  gatewayDecisions: () => import('./features/governance/gateway/gateway-page').then((m) => m.GatewayPage),
  lessonsLearned: () => import('./features/governance/lessons/lessons-page').then((m) => m.LessonsPage),
  strategicRisks: () => import('./features/governance/risks/risks-page').then((m) => m.RisksPage),
  annualReview: () => import('./features/annual-review/annual-review-page').then((m) => m.AnnualReviewPage),
  audit: () => import('./features/audit/audit-page').then((m) => m.AuditPage),
  contracts: () => import('./features/contracts/contracts-page').then((m) => m.ContractsPage),
  socialValue: () => import('./features/contracts/social-value-page').then((m) => m.SocialValuePage),
  users: () => import('./features/users/users-page').then((m) => m.UsersPage),
  settings: () => import('./features/settings/settings-page').then((m) => m.SettingsPage),
};

/** Pages below an area: one procurement's gateway track and decisions. */
const DETAIL_ROUTES: Routes = [
  {
    path: `${AREAS.gatewayDecisions.path}/:procurementId`,
    title: title('Procurement'),
    loadComponent: () => import('./features/governance/gateway/procurement-page').then((m) => m.ProcurementPage),
  },
  {
    path: `${AREAS.contracts.path}/:contractId`,
    title: title('Contract'),
    loadComponent: () => import('./features/contracts/contract-page').then((m) => m.ContractPage),
  },
  {
    path: 'account',
    title: title('My account'),
    loadComponent: () => import('./features/account/account-page').then((m) => m.AccountPage),
  },
  {
    path: 'account/password',
    title: title('Change my password'),
    loadComponent: () => import('./features/account/change-password-page').then((m) => m.ChangePasswordPage),
  },
];

/** Where these pages lived while they were placeholders, so old links still arrive. */
const FORMER_PATHS: Routes = [
  { path: 'gateway-decisions', redirectTo: AREAS.gatewayDecisions.path },
  { path: 'lessons-learned', redirectTo: AREAS.lessonsLearned.path },
  { path: 'strategic-risks', redirectTo: AREAS.strategicRisks.path },
];

const areaRoute = ([key, area]: [keyof typeof AREAS, Area]): Route => ({
  path: area.path,
  title: title(area.title),
  loadComponent: PAGES[key],
});

export const routes: Routes = [
  {
    path: 'login/sso',
    title: title('Signing in'),
    loadComponent: () => import('./features/login/single-sign-on-page').then((m) => m.SingleSignOnPage),
  },
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
      ...(Object.entries(AREAS) as [keyof typeof AREAS, Area][]).map(areaRoute),
      ...DETAIL_ROUTES,
      ...FORMER_PATHS,
    ],
  },
  { path: '**', redirectTo: '' },
];
