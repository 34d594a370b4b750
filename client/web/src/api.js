// api: calls to the REST API (docs/api.md), with the access token, one
// refresh-and-retry on 401, and errors as ApiError with the server's
// stable code and field messages.

// ApiError is a failed call: status 0 with code "network" when the server
// could not be reached at all.
export class ApiError extends Error {
  constructor(status, code, message, fields = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

let auth = { token: () => null, refresh: async () => false };

// useAuth is how session.js lends the API its token and refresh, without
// the two modules importing each other.
export function useAuth(provider) {
  auth = provider;
}

// request calls the API. body is sent as JSON, raw (a Blob: a photo) as it
// is, with its own type; headers add to the usual.
export async function request(method, path, { body, raw, headers = {}, retry = true } = {}) {
  const h = { Accept: 'application/json', ...headers };
  if (body !== undefined) {
    h['Content-Type'] = 'application/json';
  } else if (raw !== undefined) {
    h['Content-Type'] = raw.type || 'application/octet-stream';
  }
  const token = auth.token();
  if (token) {
    h.Authorization = 'Bearer ' + token;
  }
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: h,
      body: body === undefined ? raw : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'the server could not be reached');
  }
  if (res.status === 401 && token && retry && (await auth.refresh())) {
    return request(method, path, { body, raw, headers, retry: false });
  }
  if (res.status === 204) {
    return null;
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    // An empty or non-JSON body: judged by the status alone below.
  }
  if (!res.ok) {
    const e = (data && data.error) || {};
    throw new ApiError(res.status, e.code || (res.status >= 500 ? 'internal' : 'bad_request'), e.message || res.statusText, e.fields || {});
  }
  return data;
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, { body });
export const patch = (path, body) => request('PATCH', path, { body });
export const del = (path) => request('DELETE', path);

// query builds "?a=1&b=2" from the non-empty values of params.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

// download fetches a file the API serves only with the token (a booth's
// leads as CSV) and returns {blob, filename}, the name the server gave in
// Content-Disposition.
export async function download(path, { retry = true } = {}) {
  const token = auth.token();
  let res;
  try {
    res = await fetch(path, { headers: token ? { Authorization: 'Bearer ' + token } : {}, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'the server could not be reached');
  }
  if (res.status === 401 && token && retry && (await auth.refresh())) {
    return download(path, { retry: false });
  }
  if (!res.ok) {
    let e = {};
    try {
      e = (await res.json()).error || {};
    } catch {
      // Not JSON: judged by the status.
    }
    throw new ApiError(res.status, e.code || (res.status >= 500 ? 'internal' : 'bad_request'), e.message || res.statusText);
  }
  const cd = res.headers.get('Content-Disposition') || '';
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(cd);
  const filename = m ? decodeURIComponent(m[1] || m[2]) : 'download';
  return { blob: await res.blob(), filename };
}
