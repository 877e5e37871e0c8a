// One agent: weekly trend lines beside the team's, their latest calls, and the nudges their calls get most often.
// An agent user lands here and the API only ever gives it its own figures.
import {h, fill, errorBox, loading, empty, field} from '../dom.js';
import {api} from '../api.js';
import {signed, pct, duration, dateTime, tone, percentile} from '../format.js';
import {chart, COLORS} from '../charts.js';
import {rangePicker} from '../range.js';

const NUDGE_SAMPLE = 10;

export async function render(view, {args, query, go, user}) {
    const agentId = user.role === 'agent' ? (user.agent_id || '') : (args[0] || '');
    const range = {from: query.get('from') || '', to: query.get('to') || ''};
    if (!agentId) {
        const input = h('input', {name: 'agent_id', required: true, maxlength: 64, placeholder: 'AGENT_0001'});
        view.append(h('h1', null, 'Agent'), h('form', {class: 'card narrow', onsubmit: e => {
            e.preventDefault();
            go('agent', [input.value.trim()]);
        }}, field('Agent id', input), h('button', {type: 'submit'}, 'Show')),
        h('p', {class: 'hint'}, 'Or pick an agent on the ', h('a', {href: '#/team'}, 'Team'), ' page.'));
        return;
    }
    const summary = h('div', {id: 'agent-summary'}, loading());
    const sentimentChart = h('div', {class: 'chart', id: 'chart-agent-sentiment', role: 'img',
        'aria-label': 'Weekly customer sentiment of the agent and the team'});
    const talkChart = h('div', {class: 'chart', id: 'chart-agent-talk', role: 'img',
        'aria-label': 'Weekly talk ratio of the agent and the team'});
    const calls = h('section', {class: 'card', id: 'agent-calls'}, h('h2', null, 'Latest calls'), loading());
    const nudges = h('section', {class: 'card', id: 'agent-nudges'}, h('h2', null, 'Most common nudges'), loading());
    view.append(h('div', {class: 'page-head'}, h('h1', null, 'Agent ', agentId),
        rangePicker(range, r => go('agent', [agentId], r))), summary,
    h('div', {class: 'grid2'},
        h('section', {class: 'card'}, h('h2', null, 'Customer sentiment per week'), sentimentChart),
        h('section', {class: 'card'}, h('h2', null, 'Talk ratio per week'), talkChart)),
    h('div', {class: 'grid2'}, calls, nudges));

    api.get('/api/v1/analytics/agents', {from_date: range.from, to_date: range.to}).then(board => {
        const row = board.agents.find(a => a.agent_id === agentId);
        fill(summary, row ? h('dl', {class: 'figures'},
            figure('Calls', row.total_calls, percentile(row.percentile_ranks.total_calls)),
            figure('Customer sentiment', signed(row.avg_sentiment), percentile(row.percentile_ranks.avg_sentiment)),
            figure('Talk ratio', pct(row.avg_talk_ratio), percentile(row.percentile_ranks.avg_talk_ratio)),
            figure('Positive calls', pct(row.positive_share), percentile(row.percentile_ranks.positive_share)),
            figure('Avg duration', duration(row.avg_duration_seconds), percentile(row.percentile_ranks.avg_duration_seconds)))
            : empty('No analysed calls of this agent in this range.'));
    }).catch(e => fill(summary, errorBox(e)));

    api.get(`/api/v1/analytics/agents/${encodeURIComponent(agentId)}`, {from_date: range.from, to_date: range.to})
        .then(trend => {
            const weeks = trend.weeks.map(w => w.week);
            const line = (name, values, color, dashed) => ({type: 'line', name, data: values, connectNulls: true,
                itemStyle: {color}, lineStyle: {color, type: dashed ? 'dashed' : 'solid'}});
            const r = v => (v === null ? null : Number(v.toFixed(3)));
            chart(sentimentChart, {legend: {top: 0}, xAxis: {type: 'category', data: weeks},
                yAxis: {type: 'value', min: -1, max: 1}, series: [
                    line(agentId, trend.weeks.map(w => r(w.agent.avg_sentiment)), COLORS.customer),
                    line('Team', trend.weeks.map(w => r(w.team.avg_sentiment)), COLORS.team, true)]});
            chart(talkChart, {legend: {top: 0}, xAxis: {type: 'category', data: weeks},
                yAxis: {type: 'value', min: 0, max: 100, name: '%'}, series: [
                    line(agentId, trend.weeks.map(w => r(w.agent.avg_talk_ratio && w.agent.avg_talk_ratio * 100)), COLORS.agent),
                    line('Team', trend.weeks.map(w => r(w.team.avg_talk_ratio && w.team.avg_talk_ratio * 100)), COLORS.team, true)]});
        })
        .catch(e => {
            fill(sentimentChart, errorBox(e));
            fill(talkChart, errorBox(e));
        });

    let latest;
    try {
        latest = await api.get('/api/v1/calls', {agent_id: agentId, limit: NUDGE_SAMPLE, from_date: range.from,
            to_date: range.to});
    } catch (e) {
        fill(calls, h('h2', null, 'Latest calls'), errorBox(e));
        fill(nudges, h('h2', null, 'Most common nudges'), errorBox(e));
        return;
    }
    fill(calls, h('h2', null, 'Latest calls'), latest.calls.length ? h('ul', {class: 'plain'}, latest.calls.map(c =>
        h('li', null, h('a', {href: `#/call/${encodeURIComponent(c.call_id)}`}, c.call_id), ' · ',
            dateTime(c.start_time), ' · ', h('span', {class: `tone-${tone(c.customer_sentiment_score)}`},
                signed(c.customer_sentiment_score))))) : empty('No calls.'),
    latest.total > latest.calls.length ? h('p', null, h('a', {href: `#/calls?agent_id=${encodeURIComponent(agentId)}`},
        `All ${latest.total} calls →`)) : null);

    const analysed = latest.calls.filter(c => c.analysis_status === 'analyzed');
    const counts = new Map();
    const results = await Promise.allSettled(analysed.map(c =>
        api.get(`/api/v1/calls/${encodeURIComponent(c.call_id)}/recommendations`, {limit: 1})));
    for (const result of results) {
        if (result.status !== 'fulfilled') continue;
        for (const n of result.value.coaching_nudges) counts.set(n.title, (counts.get(n.title) || 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    fill(nudges, h('h2', null, 'Most common nudges'),
        h('p', {class: 'hint'}, `Over the latest ${analysed.length} analysed calls.`),
        top.length ? h('ol', {class: 'plain'}, top.map(([title, n]) => h('li', null, title, ' ',
            h('small', null, `(${n} of ${analysed.length})`)))) : empty('No nudges yet.'));
}

function figure(label, value, rank) {
    return h('div', {class: 'figure'}, h('dt', null, label), h('dd', null, String(value), ' ',
        h('small', {class: 'rank'}, rank)));
}
