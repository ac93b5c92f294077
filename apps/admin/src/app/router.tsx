import { createBrowserRouter } from 'react-router';
import { PageLoader } from '../components/states';
import { AppShell } from './layout/app-shell';
import { CHANGE_PASSWORD_PATH, RequireAuth } from './layout/guards';
import { NotFoundPage } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** Screens are split into their own chunks and fetched on first visit; the shell ships with the entry. */
export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        HydrateFallback: PageLoader,
        ErrorBoundary: RouteError,
        children: [
          {
            path: '/login',
            lazy: async () => ({ Component: (await import('./routes/login')).LoginRoute }),
          },
          {
            Component: RequireAuth,
            children: [
              {
                path: CHANGE_PASSWORD_PATH,
                lazy: async () => ({
                  Component: (await import('./routes/change-password')).ChangePasswordRoute,
                }),
              },
              {
                Component: AppShell,
                children: [
                  {
                    index: true,
                    lazy: async () => ({ Component: (await import('./routes/overview')).OverviewRoute }),
                  },
                  {
                    path: 'units',
                    lazy: async () => ({ Component: (await import('./routes/units')).UnitsRoute }),
                  },
                  {
                    path: 'users',
                    lazy: async () => ({ Component: (await import('./routes/users')).UsersRoute }),
                  },
                  {
                    path: 'dossiers',
                    lazy: async () => ({ Component: (await import('./routes/dossiers')).DossierQueuesRoute }),
                  },
                  {
                    path: 'dossiers/search',
                    lazy: async () => ({ Component: (await import('./routes/dossiers')).DossierSearchRoute }),
                  },
                  {
                    path: 'dossiers/:id',
                    lazy: async () => ({ Component: (await import('./routes/dossiers')).DossierDetailRoute }),
                  },
                  {
                    path: 'intake',
                    lazy: async () => ({ Component: (await import('./routes/dossiers')).DossierIntakeRoute }),
                  },
                  {
                    path: 'procedures',
                    lazy: async () => ({ Component: (await import('./routes/procedures')).ProceduresRoute }),
                  },
                  {
                    path: 'procedures/new',
                    lazy: async () => ({
                      Component: (await import('./routes/procedures')).ProcedureCreateRoute,
                    }),
                  },
                  {
                    path: 'procedures/:code',
                    lazy: async () => ({ Component: (await import('./routes/procedures')).ProcedureRoute }),
                  },
                  {
                    path: 'procedures/:code/drafts/:id',
                    lazy: async () => ({
                      Component: (await import('./routes/procedures')).ProcedureDraftRoute,
                    }),
                  },
                  {
                    path: 'workflows',
                    lazy: async () => ({ Component: (await import('./routes/workflows')).WorkflowsRoute }),
                  },
                  {
                    path: 'workflows/new',
                    lazy: async () => ({
                      Component: (await import('./routes/workflows')).WorkflowCreateRoute,
                    }),
                  },
                  {
                    path: 'workflows/:id',
                    lazy: async () => ({ Component: (await import('./routes/workflows')).WorkflowRoute }),
                  },
                  {
                    path: 'calendar',
                    lazy: async () => ({ Component: (await import('./routes/calendar')).CalendarRoute }),
                  },
                  {
                    path: 'questions',
                    lazy: async () => ({ Component: (await import('./routes/questions')).QuestionsRoute }),
                  },
                  {
                    path: 'feedback',
                    lazy: async () => ({ Component: (await import('./routes/feedback')).FeedbackQueueRoute }),
                  },
                  {
                    path: 'feedback/statistics',
                    lazy: async () => ({
                      Component: (await import('./routes/feedback-statistics')).FeedbackStatisticsRoute,
                    }),
                  },
                  {
                    path: 'feedback/:id',
                    lazy: async () => ({
                      Component: (await import('./routes/feedback')).FeedbackDetailRoute,
                    }),
                  },
                  {
                    path: 'reports',
                    lazy: async () => ({ Component: (await import('./routes/reports')).ReportPeriodsRoute }),
                  },
                  {
                    path: 'reports/:periodId',
                    lazy: async () => ({ Component: (await import('./routes/reports')).ReportPeriodRoute }),
                  },
                  {
                    path: 'reports/:periodId/units/:unitId/forms/:templateId',
                    lazy: async () => ({
                      Component: (await import('./routes/report-form')).ReportFormRoute,
                    }),
                  },
                  {
                    path: 'report-templates',
                    lazy: async () => ({
                      Component: (await import('./routes/report-templates')).ReportTemplatesRoute,
                    }),
                  },
                  {
                    path: 'report-templates/new',
                    lazy: async () => ({
                      Component: (await import('./routes/report-templates')).ReportTemplateEditorRoute,
                    }),
                  },
                  {
                    path: 'statistics',
                    lazy: async () => ({
                      Component: (await import('./routes/statistics')).StatisticsLayout,
                    }),
                    children: [
                      {
                        index: true,
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsDashboardRoute,
                        }),
                      },
                      {
                        path: 'dossiers',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsDossiersRoute,
                        }),
                      },
                      {
                        path: 'reports',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsReportsRoute,
                        }),
                      },
                      {
                        path: 'custom',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsCustomRoute,
                        }),
                      },
                      {
                        path: 'index',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsIndexRoute,
                        }),
                      },
                      {
                        path: 'index/:unitId',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsUnitIndexRoute,
                        }),
                      },
                      {
                        path: 'index/:unitId/:indicator',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsIndicatorRoute,
                        }),
                      },
                      {
                        path: 'countryside',
                        lazy: async () => ({
                          Component: (await import('./routes/statistics')).StatisticsCountrysideRoute,
                        }),
                      },
                    ],
                  },
                  {
                    path: 'mailbox',
                    lazy: async () => ({ Component: (await import('./routes/mailbox')).MailboxRoute }),
                  },
                  {
                    path: 'profile',
                    lazy: async () => ({ Component: (await import('./routes/profile')).ProfileRoute }),
                  },
                  { path: '*', Component: NotFoundPage },
                ],
              },
            ],
          },
        ],
      },
    ],
    { basename: '/admin' },
  );
}
