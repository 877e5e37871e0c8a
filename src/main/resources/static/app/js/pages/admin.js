// Admin: users (create, change role and agent), the analysis pipeline (counts, queue, re-analysis) and the
// analytics recalculation, followed until its job ends.
import {h, fill, field, errorBox, loading, toast} from '../dom.js';
import {api} from '../api.js';
import {dateTime} from '../format.js';

const ROLES = ['admin', 'manager', 'agent'];

export function render(view) {
    const users = h('section', {class: 'card', id: 'admin-users'}, h('h2', null, 'Users'), loading());
    const pipeline = h('section', {class: 'card', id: 'admin-pipeline'}, h('h2', null, 'Analysis pipeline'), loading());
    const jobs = h('section', {class: 'card', id: 'admin-jobs'}, h('h2', null, 'Analytics recalculation'));
    view.append(h('h1', null, 'Admin'), users, h('div', {class: 'grid2'}, pipeline, jobs));
    loadUsers(users);
    loadPipeline(pipeline);
    recalculation(jobs);
}

function roleSelect(value, id) {
    return h('select', {name: 'role', id}, ROLES.map(r => h('option', {value: r, selected: r === value ? true : null}, r)));
}

async function loadUsers(section) {
    let page;
    try {
        page = await api.get('/api/v1/admin/users', {limit: 100});
    } catch (e) {
        fill(section, h('h2', null, 'Users'), errorBox(e));
        return;
    }
    const rows = page.users.map(u => {
        const role = roleSelect(u.role, `role-${u.id}`);
        const agent = h('input', {name: 'agent_id', id: `agent-${u.id}`, value: u.agent_id || '', maxlength: 64});
        const out = h('span', {'aria-live': 'polite'});
        return h('tr', {'data-user': u.username}, h('th', {scope: 'row'}, u.username), h('td', null, u.email),
            h('td', null, h('label', {class: 'sr-only', for: role.id}, `Role of ${u.username}`), role),
            h('td', null, h('label', {class: 'sr-only', for: agent.id}, `Agent id of ${u.username}`), agent),
            h('td', null, dateTime(u.created_at)),
            h('td', null, h('button', {type: 'button', class: 'secondary', onclick: async () => {
                try {
                    await api.patch(`/api/v1/admin/users/${encodeURIComponent(u.username)}`,
                        {role: role.value, agent_id: agent.value.trim() || null});
                    fill(out, 'Saved');
                } catch (e) {
                    fill(out, errorBox(e));
                }
            }}, 'Save'), out));
    });
    fill(section, h('h2', null, 'Users'), h('p', {class: 'hint'}, `${page.total} users`),
        h('div', {class: 'table-wrap'}, h('table', {class: 'data', id: 'users-table'},
            h('caption', {class: 'sr-only'}, 'Users'),
            h('thead', null, h('tr', null, ['User', 'Email', 'Role', 'Agent id', 'Created', ''].map(t =>
                h('th', {scope: 'col'}, t)))), h('tbody', null, rows))),
        newUserForm(() => loadUsers(section)));
}

function newUserForm(reload) {
    const inputs = {
        username: h('input', {name: 'username', required: true, minlength: 3, maxlength: 50, autocomplete: 'off'}),
        email: h('input', {name: 'email', type: 'email', required: true}),
        password: h('input', {name: 'password', type: 'password', required: true, minlength: 8, maxlength: 72,
            autocomplete: 'new-password'}),
        role: roleSelect('agent'),
        agent_id: h('input', {name: 'agent_id', maxlength: 64, placeholder: 'AGENT_0001'}),
    };
    const out = h('div', {'aria-live': 'polite'});
    return h('form', {class: 'inline-form', id: 'new-user-form', onsubmit: async e => {
        e.preventDefault();
        try {
            const body = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.value.trim() || null]));
            body.password = inputs.password.value;
            const user = await api.post('/api/v1/admin/users', body);
            toast(`Created ${user.username}`);
            reload();
        } catch (err) {
            fill(out, errorBox(err));
        }
    }}, h('h3', null, 'New user'), field('Username', inputs.username), field('Email', inputs.email),
    field('Password', inputs.password), field('Role', inputs.role), field('Agent id (agents)', inputs.agent_id),
    h('button', {type: 'submit'}, 'Create user'), out);
}

async function loadPipeline(section) {
    const body = h('div', {'aria-live': 'polite'}, loading());
    const out = h('div', {'aria-live': 'polite'});
    const reanalyse = outdatedOnly => async () => {
        if (!outdatedOnly && !confirm('Queue every call for analysis again?')) return;
        try {
            const r = await api.post('/api/v1/admin/calls/reanalyze', undefined, {outdated_only: outdatedOnly});
            fill(out, `Queued ${r.queued} calls for analyser version ${r.analysis_version}.`);
            refresh();
        } catch (e) {
            fill(out, errorBox(e));
        }
    };
    const refresh = async () => {
        try {
            const p = await api.get('/api/v1/admin/pipeline');
            const row = (k, v) => [h('dt', null, k), h('dd', null, String(v))];
            fill(body, h('dl', {class: 'more-metrics', id: 'pipeline-state'},
                Object.entries(p.calls_by_status).map(([k, v]) => row(`Calls ${k}`, v)),
                row('Queued, ready', p.ready), row('Being analysed', p.in_progress), row('Retrying', p.retrying),
                row('Oldest queued', p.oldest_queued_at ? dateTime(p.oldest_queued_at) : '–'),
                row('Analyser version', p.analysis_version)));
        } catch (e) {
            fill(body, errorBox(e));
        }
    };
    fill(section, h('h2', null, 'Analysis pipeline'), body, h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'secondary', onclick: refresh}, 'Refresh'),
        h('button', {type: 'button', class: 'secondary', onclick: reanalyse(true)}, 'Re-analyse outdated'),
        h('button', {type: 'button', class: 'danger', onclick: reanalyse(false)}, 'Re-analyse all')), out);
    refresh();
}

function recalculation(section) {
    const out = h('div', {id: 'job-state', 'aria-live': 'polite'});
    const button = h('button', {type: 'button', id: 'recalculate', onclick: async () => {
        button.disabled = true;
        try {
            let job = await api.post('/api/v1/analytics/recalculate');
            while (true) {
                fill(out, h('dl', {class: 'more-metrics'}, h('dt', null, 'Job'), h('dd', null, job.job_id),
                    h('dt', null, 'State'), h('dd', {class: `state ${job.state}`}, job.state),
                    h('dt', null, 'Started'), h('dd', null, dateTime(job.started_at)),
                    h('dt', null, 'Finished'), h('dd', null, dateTime(job.finished_at)),
                    h('dt', null, 'Detail'), h('dd', null, job.detail || '–')));
                if (job.state === 'succeeded' || job.state === 'failed') break;
                await new Promise(r => setTimeout(r, 500));
                job = await api.get(`/api/v1/jobs/${encodeURIComponent(job.job_id)}`);
            }
        } catch (e) {
            fill(out, errorBox(e));
        } finally {
            button.disabled = false;
        }
    }}, 'Recalculate now');
    section.append(h('p', {class: 'hint'}, 'Rebuilds every rollup from the calls; the nightly run does the same.'),
        button, out);
}
