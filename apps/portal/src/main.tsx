import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import { api } from './lib/api';
import './app/styles.css';

// Started before the first render so the session is known as early as possible; the client shares this one
// refresh with any call that needs it (StrictMode's double effects cannot start a second one).
void api.restoreSession();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
