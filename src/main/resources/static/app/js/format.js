// How figures read on screen. Nulls stay visible as a dash, never as 0.

const DASH = '–';

export function num(value, digits = 2) {
    return value === null || value === undefined ? DASH : Number(value).toFixed(digits);
}

export function signed(value, digits = 2) {
    if (value === null || value === undefined) return DASH;
    const text = Number(value).toFixed(digits);
    // a tiny negative rounds to "-0.00", which reads as a sign the figure does not have
    if (Number(text) === 0) return (0).toFixed(digits);
    return value > 0 ? '+' + text : text;
}

export function pct(share, digits = 0) {
    return share === null || share === undefined ? DASH : (share * 100).toFixed(digits) + '%';
}

export function int(value) {
    return value === null || value === undefined ? DASH : Math.round(value).toLocaleString('en');
}

export function duration(seconds) {
    if (seconds === null || seconds === undefined) return DASH;
    const s = Math.round(seconds);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function clock(ms) {
    if (ms === null || ms === undefined) return '';
    const s = Math.floor(ms / 1000);
    const hh = Math.floor(s / 3600);
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function dateTime(iso) {
    if (!iso) return DASH;
    const d = new Date(iso);
    return d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function day(date) {
    return date.toISOString().slice(0, 10);
}

/** The sentiment band a score falls in, on VADER's conventional ±0.05 threshold. */
export function tone(score) {
    if (score === null || score === undefined) return 'none';
    return score >= 0.05 ? 'pos' : score <= -0.05 ? 'neg' : 'neu';
}

export function percentile(rank) {
    return rank === null || rank === undefined ? '' : `p${Math.round(rank)}`;
}
