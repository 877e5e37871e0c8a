// The benchmark bands a call's metrics are held against: the defaults of the coaching module (app.coaching.*,
// README "Coaching nudges"), where the nudges come from.

export const BANDS = {
    talkRatio: [0.38, 0.48],
    questions: [11, 14],
    maxMonologueSeconds: 150,
    minCustomerSentiment: 0.05,
    maxSentimentDrop: 0.15,
    wordsPerMinute: 150,
};

const fixed = (digits, suffix = '') => v => (v === null ? '–' : v.toFixed(digits) + suffix);

/** [{label, value, band: [lo, hi], scale: [min, max], bandText, show}] */
export function bandRows(call) {
    const m = call.metrics;
    const ratio = m.talk_ratio.by_time ?? m.talk_ratio.by_words;
    const mono = m.longest_agent_monologue;
    const monoSeconds = mono.seconds ?? (mono.words ? mono.words / BANDS.wordsPerMinute * 60 : null);
    const quarters = m.sentiment.customer_by_quarter.filter(v => v !== null);
    const change = quarters.length >= 2 ? quarters[quarters.length - 1] - quarters[0] : null;
    return [
        {label: `Agent talk ratio (by ${m.talk_ratio.by_time !== null ? 'time' : 'words'})`,
            value: ratio === null ? null : ratio * 100, band: BANDS.talkRatio.map(v => v * 100), scale: [0, 100],
            bandText: 'band 38–48%', show: fixed(0, '%')},
        {label: 'Agent questions', value: m.questions.agent, band: BANDS.questions,
            scale: [0, Math.max(25, m.questions.agent + 2)], bandText: 'band 11–14', show: fixed(0)},
        {label: `Longest agent monologue${mono.seconds === null ? ' (est. from words)' : ''}`, value: monoSeconds,
            band: [0, BANDS.maxMonologueSeconds], scale: [0, Math.max(300, (monoSeconds || 0) + 30)],
            bandText: 'under 150 s', show: fixed(0, ' s')},
        {label: 'Customer sentiment', value: m.sentiment.customer, band: [BANDS.minCustomerSentiment, 1],
            scale: [-1, 1], bandText: 'at least +0.05', show: fixed(2)},
        {label: 'Customer sentiment, first to last quarter', value: change, band: [-BANDS.maxSentimentDrop, 2],
            scale: [-1, 1], bandText: 'falls at most 0.15', show: fixed(2)},
    ];
}
