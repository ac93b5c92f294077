import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { refreshSession } from './lib/api-client';
import './app/styles.css';

// Started before the first render, once: the refresh cookie restores the session a reload dropped.
void refreshSession();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
