// The shell: which page the hash names, who may see it, the navigation, and sign-out.
import {h, fill, errorBox} from './dom.js';
import {session, signOut, onSessionChange} from './api.js';
import {disposeCharts} from './charts.js';

const PAGES = {
    signin: {load: () => import('./pages/signin.js'), roles: null, title: 'Sign in'},
    team: {load: () => import('./pages/team.js'), roles: ['admin', 'manager'], title: 'Team', nav: true},
    agent: {load: () => import('./pages/agent.js'), roles: ['admin', 'manager', 'agent'], title: 'Agent', nav: true},
    calls: {load: () => import('./pages/calls.js'), roles: ['admin', 'manager', 'agent'], title: 'Calls', nav: true},
    call: {load: () => import('./pages/call.js'), roles: ['admin', 'manager', 'agent'], title: 'Call'},
    live: {load: () => import('./pages/live.js'), roles: ['admin', 'manager', 'agent'], title: 'Live', nav: true},
    import: {load: () => import('./pages/import.js'), roles: ['admin', 'manager'], title: 'Import', nav: true},
    admin: {load: () => import('./pages/admin.js'), roles: ['admin'], title: 'Admin', nav: true},
};

const main = document.getElementById('main');
let cleanup = null;
let generation = 0;

/** "#/call/CALL_1?x=1" → {name: 'call', args: ['CALL_1'], query: URLSearchParams} */
export function parseRoute(hash = location.hash) {
    const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
    const [name, ...args] = path.split('/').filter(Boolean).map(decodeURIComponent);
    return {name: name || '', args, query: new URLSearchParams(search)};
}

export function go(name, args = [], query = {}) {
    const path = [name, ...args.map(encodeURIComponent)].join('/');
    const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v != null)).toString();
    location.hash = '#/' + path + (search ? '?' + search : '');
}

function home(user) {
    if (!user) return 'signin';
    if (user.role === 'agent') return 'agent';
    return 'team';
}

function renderNav(current) {
    const s = session();
    const nav = document.getElementById('nav');
    const account = document.getElementById('account');
    nav.hidden = account.hidden = !s;
    if (!s) return;
    const role = s.user.role;
    fill(nav, Object.entries(PAGES)
        .filter(([, page]) => page.nav && page.roles.includes(role))
        .map(([name, page]) => h('a', {
            href: name === 'agent' && role === 'agent' ? `#/agent/${encodeURIComponent(s.user.agent_id || '')}`
                : `#/${name}`,
            'aria-current': name === current ? 'page' : null,
        }, page.title)));
    fill(document.getElementById('whoami'), `${s.user.username} (${role}${s.user.agent_id ? ' ' + s.user.agent_id : ''})`);
}

async function route() {
    const mine = ++generation;
    if (cleanup) {
        try {
            cleanup();
        } catch (e) {
            console.warn('cleanup failed', e);
        }
        cleanup = null;
    }
    disposeCharts();
    const s = session();
    const {name, args, query} = parseRoute();
    let target = PAGES[name] ? name : home(s && s.user);
    if (!s) target = 'signin';
    else if (target === 'signin') target = home(s.user);
    const page = PAGES[target];
    if (page.roles && !page.roles.includes(s.user.role)) {
        target = home(s.user);
    }
    if (target !== name) {
        go(target, target === 'agent' && s && s.user.role === 'agent' ? [s.user.agent_id || ''] : []);
        return;
    }
    renderNav(target);
    document.title = `${PAGES[target].title} · Sales Call Analytics`;
    fill(main, h('p', {class: 'loading', role: 'status'}, 'Loading…'));
    try {
        const module = await PAGES[target].load();
        if (mine !== generation) return;
        const view = h('div', {class: 'page', 'data-page': target});
        fill(main, view);
        cleanup = await module.render(view, {args, query, user: s ? s.user : null, go}) || null;
    } catch (e) {
        if (mine === generation) fill(main, errorBox(e));
    }
}

document.getElementById('signout').addEventListener('click', () => {
    signOut();
    go('signin');
});
onSessionChange(value => {
    if (!value && parseRoute().name !== 'signin') go('signin');
});
window.addEventListener('hashchange', route);
route();
