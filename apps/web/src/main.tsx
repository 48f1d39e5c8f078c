// antd's component styles, built with the bundle (apps/web/vite/antd-static-styles.ts); first, so
// the stylesheet is in place before antd renders anything.
import 'virtual:antd-static-styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startI18n } from './app/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
// Chinese is bundled and ready at once; a stored English waits for its strings (one small chunk).
void startI18n().finally(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
