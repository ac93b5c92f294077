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
            // One route with an optional code, so typing a new code keeps the page (and its form) mounted.
            path: `${paths.track}/:code?`,
            lazy: () =>
              import('../features/tracking/tracking-page').then((m) => ({ Component: m.TrackingPage })),
          },
          {
            Component: RequireSignedIn,
            children: [
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
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
