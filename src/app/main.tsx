import { outlinePaths } from '../schema/outlinePaths.ts';
import { fetchEarly } from './data/fetchJson.ts';
import { pathSegments } from './store/pathSegments.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/timeline.css';
import './styles/print.css';
import './styles/editorial.css';

// The story's outline (all the first render needs; the detail loads when asked) is the largest download:
// ask for it first. This entry imports nothing else, so the request leaves as soon as the entry runs,
// not after React and the shared modules are fetched and run; the app takes it over (data/load.ts).
const [storyId = null] = pathSegments(import.meta.env.BASE_URL, window.location.pathname);
if (storyId) fetchEarly(`${import.meta.env.BASE_URL}${outlinePaths.index(storyId)}`);

void import('./boot.tsx').then(({ boot }) => boot(storyId));
