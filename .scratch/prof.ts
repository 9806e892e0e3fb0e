import { updateCrossCheck } from '../src/compare/index-update.js';
import { openLedger } from '../src/store/ledger.js';
const ledger = openLedger(process.argv[2]!);
ledger.db.exec('DELETE FROM reprint_docs; DELETE FROM reprint_keys; DELETE FROM reprint_links; DELETE FROM figure_keys; DELETE FROM cross_check_state;');
const t0 = performance.now();
const c0 = process.cpuUsage();
const r = updateCrossCheck(ledger, { until: Number(process.argv[3] ?? 1e9) });
const c = process.cpuUsage(c0);
console.log(r, ((performance.now() - t0) / 1000).toFixed(1), 's wall', ((c.user + c.system) / 1e6).toFixed(1), 's cpu', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB rss', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB heap');
