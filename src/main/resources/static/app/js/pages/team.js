// Team: the leaderboard (sortable, every figure with its percentile) and charts of the same range.
import {h, fill, errorBox, loading, empty} from '../dom.js';
import {api} from '../api.js';
import {num, pct, int, duration, percentile, signed} from '../format.js';
import {chart, echarts, COLORS} from '../charts.js';
import {rangePicker} from '../range.js';
import {loadBands} from '../bands.js';

export const COLUMNS = [
    {key: 'agent_id', label: 'Agent', text: true},
    {key: 'total_calls', label: 'Calls', show: int},
    {key: 'avg_sentiment', label: 'Customer sentiment', show: v => signed(v)},
    {key: 'avg_talk_ratio', label: 'Talk ratio', show: v => pct(v)},
    {key: 'avg_duration_seconds', label: 'Avg duration', show: duration},
    {key: 'positive_share', label: 'Positive', show: v => pct(v)},
    {key: 'negative_share', label: 'Negative', show: v => pct(v)},
    {key: 'avg_questions', label: 'Questions', show: v => num(v, 1)},
];

export async function render(view, {query, go}) {
    echarts(); // the chart library loads while the figures are fetched, not after
    const range = {from: query.get('from') || '', to: query.get('to') || ''};
    const status = h('div');
    const table = h('div', {class: 'table-wrap'});
    const sentimentChart = h('div', {class: 'chart', id: 'chart-sentiment', role: 'img',
        'aria-label': 'Customer sentiment per agent, best first'});
    const talkChart = h('div', {class: 'chart', id: 'chart-talk', role: 'img',
        'aria-label': 'Talk ratio per agent against the coaching band'});
    const weeklyChart = h('div', {class: 'chart', id: 'chart-weekly', role: 'img',
        'aria-label': 'Calls and customer sentiment per week for the team'});
    view.append(
        h('div', {class: 'page-head'}, h('h1', null, 'Team'),
            rangePicker(range, r => go('team', [], r))),
        status, table,
        h('div', {class: 'grid2'},
            h('section', {class: 'card'}, h('h2', null, 'Customer sentiment per agent'), sentimentChart),
            h('section', {class: 'card'}, h('h2', null, 'Talk ratio per agent'), talkChart)),
        h('section', {class: 'card'}, h('h2', null, 'Team calls and sentiment per week'), weeklyChart));

    fill(table, loading('Loading the leaderboard…'));
    let board;
    let bands;
    try {
        [board, bands] = await Promise.all([
            api.get('/api/v1/analytics/agents', {from_date: range.from, to_date: range.to}), loadBands()]);
    } catch (e) {
        fill(table, errorBox(e));
        return;
    }
    const agents = board.agents;
    if (agents.length === 0) {
        fill(table, empty('No analysed calls in this range.'));
        return;
    }
    fill(status, h('p', {class: 'hint'}, `${agents.length} agents, `,
        range.from || range.to ? `${range.from || 'start'} to ${range.to || 'today'}` : 'all time',
        ` · generated ${new Date(board.generated_at).toISOString().slice(11, 19)} UTC`));
    renderTable(table, agents);

    const bySentiment = [...agents].filter(a => a.avg_sentiment !== null)
        .sort((a, b) => b.avg_sentiment - a.avg_sentiment);
    chart(sentimentChart, {
        xAxis: {type: 'category', data: bySentiment.map(a => a.agent_id), axisLabel: {rotate: 45}},
        yAxis: {type: 'value', min: -1, max: 1, name: 'sentiment'},
        series: [{type: 'bar', name: 'Customer sentiment', data: bySentiment.map(a => ({
            value: round(a.avg_sentiment), itemStyle: {color: a.avg_sentiment >= 0 ? COLORS.good : COLORS.bad}}))}],
    });
    const target = bands.talk_ratio_target;
    const byTalk = [...agents].filter(a => a.avg_talk_ratio !== null)
        .sort((a, b) => Math.abs(a.avg_talk_ratio - target) - Math.abs(b.avg_talk_ratio - target));
    chart(talkChart, {
        xAxis: {type: 'category', data: byTalk.map(a => a.agent_id), axisLabel: {rotate: 45}},
        yAxis: {type: 'value', min: 0, max: 100, name: 'agent share %'},
        series: [{type: 'bar', name: 'Talk ratio %', data: byTalk.map(a => round(a.avg_talk_ratio * 100, 1)),
            itemStyle: {color: COLORS.agent},
            markArea: {silent: true, itemStyle: {color: COLORS.band},
                data: [[{yAxis: bands.talk_ratio.min * 100}, {yAxis: bands.talk_ratio.max * 100}]]},
            markLine: {silent: true, symbol: 'none',
                label: {formatter: `${Math.round(target * 100)}% target`, position: 'insideEndTop'},
                lineStyle: {color: COLORS.good, type: 'dashed'}, data: [{yAxis: target * 100}]}}],
    });
    renderWeekly(weeklyChart, agents[0].agent_id, range);
}

async function renderWeekly(el, agentId, range) {
    // The team's weekly figures are the same beside every agent's trend; the top agent's is at hand.
    try {
        const trend = await api.get(`/api/v1/analytics/agents/${encodeURIComponent(agentId)}`,
            {from_date: range.from, to_date: range.to});
        chart(el, {
            legend: {top: 0},
            xAxis: {type: 'category', data: trend.weeks.map(w => w.week)},
            yAxis: [{type: 'value', name: 'calls'}, {type: 'value', name: 'sentiment', min: -1, max: 1}],
            series: [
                {type: 'bar', name: 'Calls', data: trend.weeks.map(w => w.team.total_calls),
                    itemStyle: {color: COLORS.team}},
                {type: 'line', name: 'Customer sentiment', yAxisIndex: 1, connectNulls: true,
                    data: trend.weeks.map(w => round(w.team.avg_sentiment)), itemStyle: {color: COLORS.customer}},
            ],
        });
    } catch (e) {
        fill(el, errorBox(e));
    }
}

function round(v, digits = 3) {
    return v === null || v === undefined ? null : Number(v.toFixed(digits));
}

function renderTable(container, agents) {
    let sortKey = 'avg_sentiment';
    let descending = true;
    const body = h('tbody');
    const headers = COLUMNS.map(col => {
        const button = h('button', {type: 'button', class: 'sort', onclick: () => {
            descending = sortKey === col.key ? !descending : !col.text;
            sortKey = col.key;
            draw();
        }}, col.label);
        return {col, th: h('th', {scope: 'col'}, button)};
    });
    const draw = () => {
        const rows = [...agents].sort((a, b) => compare(a[sortKey], b[sortKey], descending, a.agent_id, b.agent_id));
        headers.forEach(({col, th}) => th.setAttribute('aria-sort',
            col.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none'));
        fill(body, rows.map(agent => h('tr', {'data-agent': agent.agent_id}, COLUMNS.map(col => col.text
            ? h('th', {scope: 'row'}, h('a', {href: `#/agent/${encodeURIComponent(agent.agent_id)}`}, agent.agent_id))
            : h('td', {class: 'num'}, col.show(agent[col.key]),
                h('small', {class: 'rank', title: 'percentile rank'},
                    percentile(agent.percentile_ranks && agent.percentile_ranks[col.key])))))));
    };
    draw();
    fill(container, h('table', {class: 'data', id: 'leaderboard'},
        h('caption', null, 'Leaderboard: figures with each agent’s percentile rank (p) in the team'),
        h('thead', null, h('tr', null, headers.map(x => x.th))), body));
}

function compare(a, b, descending, idA, idB) {
    if (a === null || a === undefined) return (b === null || b === undefined) ? idA.localeCompare(idB) : 1;
    if (b === null || b === undefined) return -1;
    const order = typeof a === 'string' ? a.localeCompare(b) : a - b;
    return (descending ? -order : order) || idA.localeCompare(idB);
}
