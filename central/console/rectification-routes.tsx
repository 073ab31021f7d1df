// Where the 整改 pages live in the console's hash navigation: #/rectifications (the list) and
// #/rectification/<id> (one). Every role has them; the hub keeps each user to their sites.
import type { JSX } from 'preact';
import { RectificationList } from './rectification-list.tsx';
import { RectificationPage } from './rectification-page.tsx';

/** The 整改 page this hash names, or null when it names another page. */
export function rectificationPage(hash: string): JSX.Element | null {
  const id = /^#\/rectification\/([1-9][0-9]{0,17})$/.exec(hash)?.[1];
  if (id) return <RectificationPage id={id} />;
  return hash === '#/rectifications' ? <RectificationList /> : null;
}
