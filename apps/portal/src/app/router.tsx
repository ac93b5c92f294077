import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/states';
import { paths } from '../config/paths';
import { HomePage } from '../features/home/home-page';
import { RootLayout } from './layout/root-layout';
import { NotFoundPage } from './not-found-page';
import { RequireSignedIn } from './require-signed-in';
import { RouteError } from './route-error';

/**
 * The landing page ships in the first bundle (it is what most visitors open); the account screens, which carry the
 * form and validation libraries, load on demand; so do tracking and the citizen's dossiers.
 */
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    HydrateFallback: LoadingState,
    children: [
      {
        // Inside the layout, so a failing screen keeps the header and footer around its error message.
        ErrorBoundary: RouteError,
        children: [
          { path: paths.home, Component: HomePage },
          {
            path: paths.login,
            lazy: () => import('../features/auth/login-page').then((m) => ({ Component: m.LoginPage })),
          },
          {
            path: paths.register,
            lazy: () => import('../features/auth/register-page').then((m) => ({ Component: m.RegisterPage })),
          },
          {
            path: paths.forgotPassword,
            lazy: () =>
              import('../features/auth/forgot-password-page').then((m) => ({
                Component: m.ForgotPasswordPage,
              })),
          },
          {
            path: paths.resetPassword,
            lazy: () =>
              import('../features/auth/reset-password-page').then((m) => ({
                Component: m.ResetPasswordPage,
              })),
          },
          {
            path: paths.verify,
            lazy: () => import('../features/verify/verify-page').then((m) => ({ Component: m.VerifyPage })),
          },
          {
            // One route with an optional code, so typing a new code keeps the page (and its form) mounted.
            path: `${paths.track}/:code?`,
            lazy: () =>
              import('../features/tracking/tracking-page').then((m) => ({ Component: m.TrackingPage })),
          },
          {
            path: paths.catalogue,
            lazy: () =>
              import('../features/catalogue/catalogue-page').then((m) => ({ Component: m.CataloguePage })),
          },
          {
            path: `${paths.catalogue}/:code`,
            lazy: () =>
              import('../features/catalogue/procedure-page').then((m) => ({ Component: m.ProcedurePage })),
          },
          {
            path: paths.finder,
            lazy: () =>
              import('../features/catalogue/finder-page').then((m) => ({ Component: m.FinderPage })),
          },
          {
            path: paths.questions,
            lazy: () =>
              import('../features/questions/questions-page').then((m) => ({ Component: m.QuestionsPage })),
          },
          {
            path: paths.feedback,
            lazy: () =>
              import('../features/feedback/feedback-list-page').then((m) => ({
                Component: m.FeedbackListPage,
              })),
          },
          {
            path: paths.feedbackSubmit,
            lazy: () =>
              import('../features/feedback/feedback-submit-page').then((m) => ({
                Component: m.FeedbackSubmitPage,
              })),
          },
          {
            // The lookup form alone, and (the pattern of feedbackPath) one feedback by its code.
            path: paths.feedbackTrack,
            lazy: () =>
              import('../features/feedback/feedback-tracking-page').then((m) => ({
                Component: m.FeedbackTrackingPage,
              })),
          },
          {
            path: `${paths.feedback}/:code`,
            lazy: () =>
              import('../features/feedback/feedback-tracking-page').then((m) => ({
                Component: m.FeedbackTrackingPage,
              })),
          },
          {
            path: paths.scoreboard,
            lazy: () =>
              import('../features/scoreboard/scoreboard-page').then((m) => ({ Component: m.ScoreboardPage })),
          },
          {
            Component: RequireSignedIn,
            children: [
              {
                path: paths.askQuestion,
                lazy: () =>
                  import('../features/questions/ask-question-page').then((m) => ({
                    Component: m.AskQuestionPage,
                  })),
              },
              {
                path: paths.myDossiers,
                lazy: () =>
                  import('../features/dossiers/my-dossiers-page').then((m) => ({
                    Component: m.MyDossiersPage,
                  })),
              },
              {
                path: `${paths.myDossiers}/:id`,
                lazy: () =>
                  import('../features/dossiers/my-dossier-page').then((m) => ({
                    Component: m.MyDossierPage,
                  })),
              },
              {
                path: paths.profile,
                lazy: () =>
                  import('../features/profile/profile-page').then((m) => ({ Component: m.ProfilePage })),
              },
              {
                // The pattern of submitPath(code).
                path: '/nop-truc-tuyen/:code',
                lazy: () =>
                  import('../features/submission/start-submission-page').then((m) => ({
                    Component: m.StartSubmissionPage,
                  })),
              },
              {
                path: paths.drafts,
                lazy: () =>
                  import('../features/submission/drafts-page').then((m) => ({ Component: m.DraftsPage })),
              },
              {
                path: `${paths.drafts}/:id`,
                lazy: () =>
                  import('../features/submission/draft-page').then((m) => ({ Component: m.DraftPage })),
              },
              {
                path: paths.documents,
                lazy: () =>
                  import('../features/documents/documents-page').then((m) => ({
                    Component: m.DocumentsPage,
                  })),
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
