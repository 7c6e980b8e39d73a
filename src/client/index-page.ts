import './theme/fonts.css';
import './theme/index-page.css';
import './theme/live.css';
import { uiStrings } from '../i18n/ui-strings.ts';
import { isPresented } from './live/live-hub.ts';

if (isPresented()) void import('./live/follow-index.ts').then(({ followFromIndex }) => followFromIndex(uiStrings(document.documentElement.lang || 'nl')));
