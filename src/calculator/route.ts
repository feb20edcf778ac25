/**
 * Where the calculator page is served: `GET /calculator` (any query string: the form's state),
 * on Node from the app and on the Worker from its static assets.
 */
export const CALCULATOR_PATH = '/calculator';
/** The page's file among the Worker's static assets (dist/assets). */
export const CALCULATOR_ASSET = '/calculator.html';

export function isCalculatorRequest(request: Request, url: URL): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (url.pathname === CALCULATOR_PATH || url.pathname === `${CALCULATOR_PATH}/`);
}
