import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initAuth, logout, tokenRoles } from './app/auth/keycloak';
import { i18n } from './i18n';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing');
const root = createRoot(container);

function AuthFailed() {
  return (
    <main className="mx-auto max-w-3xl p-8" id="main">
      <h1 className="text-std-32B-150">{i18n.t('app.name')}</h1>
      <p role="alert" className="mt-4" data-testid="auth-failed">
        {i18n.t('app.authFailed')}
      </p>
      <button
        type="button"
        className="mt-4 rounded-8 bg-blue-900 px-4 py-3 text-white"
        onClick={() => window.location.reload()}
      >
        {i18n.t('app.retry')}
      </button>
    </main>
  );
}

initAuth()
  .then(() => {
    root.render(
      <StrictMode>
        <App auth={{ logout, roles: tokenRoles() }} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Sign-in failed', error);
    root.render(<AuthFailed />);
  });
