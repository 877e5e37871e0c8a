// Apache ECharts (from its webjar, loaded on first use) with the settings every chart here shares. Tooltips are
// drawn on the canvas (richText), so no data ever becomes HTML and the CSP needs no inline styles.

let loaded = null;
const live = new Set();

export function echarts() {
    loaded ||= import('/app/vendor/echarts/echarts.esm.min.js');
    return loaded;
}

export const COLORS = {
    agent: '#3b6fb6', customer: '#c2621b', team: '#7a7f87', good: '#2e8b57', bad: '#c0392b', band: 'rgba(46,139,87,0.15)',
};

/** Draws option into el (a sized block); the chart follows el's size and is disposed when the page changes. */
export async function chart(el, option) {
    const lib = await echarts();
    if (!el.isConnected) return null;
    const instance = lib.init(el, null, {renderer: 'canvas'});
    instance.setOption({
        animation: false,
        textStyle: {fontFamily: 'system-ui, sans-serif'},
        tooltip: {renderMode: 'richText', trigger: 'axis'},
        grid: {left: 48, right: 16, top: 36, bottom: 48, containLabel: true},
        ...option,
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    const entry = {instance, observer};
    live.add(entry);
    instance.getDom().dataset.chartReady = 'true';
    return instance;
}

export function disposeCharts() {
    for (const {instance, observer} of live) {
        observer.disconnect();
        instance.dispose();
    }
    live.clear();
}
