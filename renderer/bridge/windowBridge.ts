import { createApi, type Api } from './api';

/** The Api over the bridge main installed in this page. */
export function windowApi(): Api {
  return createApi(window.bridge);
}
