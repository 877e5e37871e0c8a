// The JSON API as the pages use it, and the session: tokens live in sessionStorage (this tab only, gone when it
// closes), are sent as an Authorization header, and never appear in a URL except a WebSocket's subprotocol.

const KEY = 'salescalls.session';
const REFRESH_AHEAD_MS = 60_000;
let refreshTimer = null;
let refreshing = null;
const listeners = new Set();

export class ApiError extends Error {
    constructor(status, detail, body) {
        super(detail);
        this.status = status;
        this.detail = detail;
        this.body = body;
    }
}

function read() {
    try {
        return JSON.parse(sessionStorage.getItem(KEY)) || null;
    } catch {
        return null;
    }
}

export function session() {
    return read();
}

export function onSessionChange(listener) {
    listeners.add(listener);
}

function store(value) {
    if (value) sessionStorage.setItem(KEY, JSON.stringify(value));
    else sessionStorage.removeItem(KEY);
    scheduleRefresh();
    listeners.forEach(l => l(value));
}

function fromTokens(tokens, user) {
    return {
        access: tokens.access_token,
        refresh: tokens.refresh_token,
        expiresAt: Date.now() + tokens.expires_in * 1000,
        user,
    };
}

async function problem(response) {
    let body = null;
    try {
        body = await response.json();
    } catch {
        // not JSON: fall back to the status text
    }
    const detail = body && (body.detail || body.title) || response.statusText || 'Request failed';
    return new ApiError(response.status, detail, body);
}

async function send(method, path, {params, json, body, headers = {}, auth = true} = {}) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) {
        if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
    }
    const init = {method, headers: {Accept: 'application/json', ...headers}};
    if (json !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(json);
    } else if (body !== undefined) {
        init.body = body;
    }
    if (auth) {
        const current = await fresh();
        if (!current) throw new ApiError(401, 'Please sign in');
        init.headers.Authorization = 'Bearer ' + current.access;
    }
    let response;
    try {
        response = await fetch(url, init);
    } catch (e) {
        throw new ApiError(0, 'The server cannot be reached: ' + e.message);
    }
    if (response.status === 401 && auth) {
        store(null);
    }
    if (!response.ok) throw await problem(response);
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response.text();
}

export const api = {
    get: (path, params) => send('GET', path, {params}),
    post: (path, json, params) => send('POST', path, {json, params}),
    patch: (path, json) => send('PATCH', path, {json}),
    raw: send,
};

export async function signIn(username, password) {
    const tokens = await send('POST', '/auth/login', {json: {username, password}, auth: false});
    const pending = fromTokens(tokens, null);
    const me = await fetch('/auth/me', {headers: {Authorization: 'Bearer ' + pending.access}});
    if (!me.ok) throw await problem(me);
    store({...pending, user: await me.json()});
    return read();
}

export async function register(username, email, password) {
    await send('POST', '/auth/register', {json: {username, email, password}, auth: false});
    return signIn(username, password);
}

/** Ends the session on the server too (its refresh and access tokens stop working), then forgets it here. */
export async function signOut() {
    const current = read();
    store(null);
    if (!current) return;
    try {
        await fetch('/auth/logout', {method: 'POST', headers: {Authorization: 'Bearer ' + current.access}});
    } catch (e) {
        // offline: the tokens are gone from this browser and expire on their own
    }
}

/** The session with an access token that is still good, refreshed first when it is about to expire. */
async function fresh() {
    const current = read();
    if (!current) return null;
    if (current.expiresAt - Date.now() > REFRESH_AHEAD_MS / 2) return current;
    return refresh();
}

async function refresh() {
    const current = read();
    if (!current) return null;
    if (!refreshing) {
        refreshing = (async () => {
            try {
                const tokens = await send('POST', '/auth/refresh',
                    {json: {refresh_token: current.refresh}, auth: false});
                store(fromTokens(tokens, current.user));
                return read();
            } catch (e) {
                store(null);
                return null;
            } finally {
                refreshing = null;
            }
        })();
    }
    return refreshing;
}

function scheduleRefresh() {
    clearTimeout(refreshTimer);
    const current = read();
    if (!current) return;
    const wait = Math.max(1000, current.expiresAt - Date.now() - REFRESH_AHEAD_MS);
    refreshTimer = setTimeout(refresh, wait);
}

/** The current access token (refreshed if needed), for the WebSocket's subprotocol. */
export async function accessToken() {
    const current = await fresh();
    return current ? current.access : null;
}

/** A WebSocket to the API, authenticated by subprotocol ("bearer", token) so the token stays out of the URL. */
export async function socket(path) {
    const token = await accessToken();
    if (!token) throw new ApiError(401, 'Please sign in');
    const url = new URL(path, location.origin);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return new WebSocket(url, ['bearer', token]);
}

scheduleRefresh();
