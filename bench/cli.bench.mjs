// CLI bench: 1,000 generated policies of ~200 lines (~5 MB) checked by the built CLI,
// `node bin/aspl.js check bench/tmp --format json`: wall time and peak RSS of the whole process tree.
// Run with `npm run bench cli` (or `node bench/cli.bench.mjs` to run it alone); build first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, 'bench', 'tmp');
const COUNT = 1000;

/** One policy of about 200 lines; `i` varies names, numbers and a few deliberate faults. */
export function policy(i) {
    const n = (k) => (i * 7 + k * 13) % 97;
    const L = [];
    const p = (s = '') => L.push(s);
    p(`// Generated policy ${i} for the CLI bench.`);
    p(`policy Bench${i} "Bench company ${i} after-sales policy" {`);
    p(`  version "2026.${(i % 12) + 1}"`);
    p(`  effective 2026-${String((i % 12) + 1).padStart(2, '0')}-01`);
    p();
    p(`  provider "Bench Company ${i} Co., Ltd." {`);
    p(`    license "91310112MA1G${String(100000 + i).slice(-6)}"`);
    p(`    scope "Furniture, batch ${i}"`);
    p(`    address "No. ${n(1) + 1} Example Road, Minhang, Shanghai"`);
    p(`    contact "400-820-${String(1000 + (i % 9000)).padStart(4, '0')} / service${i}@bench.example"`);
    p(`  }`);
    p();
    p(`  network {`);
    for (let k = 0; k < 6; k++) p(`    outlet "Site ${k}" ${['self-run', 'authorised', 'contracted'][k % 3]} address "No. ${n(k) + 1}"`);
    p(`  }`);
    p();
    p(`  applies GBT-AS-GENERAL, T-CGCC-CUSTOM`);
    p();
    p(`  products {`);
    for (let k = 0; k < 3; k++) p(`    category "R${k}" ${k % 2 ? 'custom ' : ''}sold online buyers consumers`);
    p(`  }`);
    p();
    p(`  channel hotline phone "400-820-${String(1000 + (i % 9000)).padStart(4, '0')}" hours 08:00-22:00 daily`);
    p(`  channel wechat online "Bench ${i} service account" hours 24/7`);
    p(`  channel store onsite "Flagship store ${i}" hours 10:00-12:00, 13:30~21:00 weekends`);
    p(`  channel sms sms "1069${String(10000000 + i)}" hours 7x24`);
    p(`  channel email online "service${i}@bench.example" hours 24/7`);
    p(`  channel letter letter "Service Dept., No. ${n(2)} Example Road, Shanghai"`);
    p();
    const kinds = ['consultation', 'complaint', 'installation', 'repair', 'maintenance', 'delivery', 'measurement'];
    for (const [k, kind] of kinds.entries()) {
        p(`  service ${kind} "${kind} service ${i}" ${k % 3 === 2 ? 'paid' : 'free'} {`);
        p(`    via hotline, wechat, store`);
        p(`    respond within ${(k % 4) + 1} hours`);
        p(`    resolve within ${(k % 5) + 2} days`);
        if (kind === 'complaint') p(`    escalate after 24 hours to "Customer service manager"`);
        p(`    steps acceptance, handling, reply`);
        p(`    record "Logged in CRM"`);
        p(`  }`);
    }
    p();
    for (let k = 0; k < 5; k++) p(`  fee f${k} "Fee ${k}" ${n(k) + 10} CNY per visit disclosed-before-service`);
    p();
    p(`  warranty from installation {`);
    for (let k = 0; k < 4; k++) p(`    cover "Part ${k}" ${(k % 5) + 1} years`);
    p(`    wear-parts "Door seals", "Soft-close buffers", "Drawer runners"`);
    p(`    spare-parts kept ${5 + (i % 6)} years`);
    p(`    recall "Free recall of bad batches"`);
    p(`    repair-time 15 days`);
    p(`  }`);
    p();
    p(`  returns {`);
    p(`    no-reason 7 days from receipt except custom confirmed-at-purchase`);
    p(`    exchange 15 days from receipt`);
    p(`    return 7 days from delivery`);
    // every 10th policy refunds too slowly: a real violation per file
    p(`    refund within ${i % 10 === 0 ? '10 working days' : '5 days'} original-method`);
    for (let k = 0; k < 2; k++) p(`    condition "Condition ${k}"`);
    p(`    shipping defect paid-by seller`);
    p(`  }`);
    p();
    p(`  payment cash, card, cheque, terminal, online, transfer`);
    p();
    p(`  privacy {`);
    p(`    purpose "After-sales service only"`);
    p(`    retention 3 years`);
    p(`    third-parties "Contracted installers", "Courier companies"`);
    p(`    separate-consent`);
    p(`    security "Encrypted storage", "Role-based access", "Audit logs"`);
    p(`    requests-via hotline, email`);
    p(`  }`);
    p();
    p(`  satisfaction {`);
    p(`    survey questionnaire, callback, direct, agency, complaints`);
    p(`    every 3 months`);
    p(`    target ${90 + (i % 9)}%`);
    p(`    report`);
    p(`    improve "Quarterly plan"`);
    p(`    index "Customer satisfaction index (CSI), 0-100"`);
    p(`  }`);
    p();
    p(`  staff {`);
    p(`    manager "Manager ${i}" certified`);
    p(`    training every 6 months`);
    p(`    certified-technicians`);
    p(`    uniform`);
    p(`    badge`);
    p(`    headcount ${50 + (i % 200)}`);
    p(`  }`);
    p();
    p(`  agreement written { content, time, place, fees, changes }`);
    p();
    p(`  crisis-plan {`);
    p(`    team "Emergency team"`);
    p(`    measures trace, publicize, compensate`);
    p(`  }`);
    p();
    p(`  follow-up within 48 hours via hotline, sms`);
    p(`  knowledge-base "Manuals and FAQ"`);
    p();
    p(`  suppliers {`);
    p(`    qualified`);
    p(`    agreement`);
    p(`    evaluate every 1 year`);
    p(`  }`);
    p();
    for (let k = 0; k < 2; k++) p(`  statement "Note ${k}"`);
    p();
    // the clauses only a statement can meet, as a real compliant policy attests them
    const cgcc = ['4.2', '4.4', '4.6', '4.7', '5.2', '5.3', '5.4', '5.6', '5.7', '5.9', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '7.1', '7.2', '8.2', '8.4', '8.8', '9.2', '9.3', '9.5', '9.6'];
    const gbt = ['5.1', '5.1.7.1', '5.1.7.2', '5.2.2', '5.3.2', '5.6.1.1', '5.6.1.2', '5.6.1.3', '5.6.2.1', '5.6.2.2', '6.1.1', '6.1.2', '7.1', '7.2', '8.2.2', '8.3.1', '8.3.2'];
    for (const c of cgcc) p(`  attest T-CGCC-CUSTOM ${c} "Manual §${c}."`);
    for (const c of gbt) p(`  attest GBT-AS-GENERAL ${c} "Manual §${c}."`);
    p(`  waive T-CGCC-CUSTOM 5.8 "We do not use imported raw materials."`);
    p(`}`);
    return L.join('\n') + '\n';
}

export function generate(dir = tmp, count = COUNT) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let bytes = 0, lines = 0;
    for (let i = 0; i < count; i++) {
        const text = policy(i);
        bytes += Buffer.byteLength(text);
        lines += text.split('\n').length - 1;
        const sub = join(dir, `group-${String(Math.floor(i / 100)).padStart(2, '0')}`);
        if (i % 100 === 0) mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `policy-${String(i).padStart(4, '0')}.aspl`), text);
    }
    return { files: count, bytes, lines };
}

/** Peak RSS in kB of a process and its children, polled from /proc (fallback when /usr/bin/time is absent). */
function treeRss(pid) {
    let total = 0;
    const walk = (p) => {
        try {
            const status = readFileSync(`/proc/${p}/status`, 'utf8');
            total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
            const kids = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
            for (const k of kids ? kids.split(/\s+/) : []) walk(k);
        } catch { /* gone */ }
    };
    walk(pid);
    return total;
}

function runCli(args) {
    const cli = join(root, 'bin', 'aspl.js');
    const useTime = existsSync('/usr/bin/time');
    const cmd = useTime ? '/usr/bin/time' : process.execPath;
    const argv = useTime ? ['-v', process.execPath, cli, ...args] : [cli, ...args];
    return new Promise((done, fail) => {
        const t0 = performance.now();
        const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8' } });
        let out = 0, err = '', peakKb = 0;
        const timer = useTime ? undefined : setInterval(() => { peakKb = Math.max(peakKb, treeRss(child.pid)); }, 20);
        child.stdout.on('data', (d) => { out += d.length; });
        child.stderr.on('data', (d) => { err += d; });
        child.on('error', fail);
        child.on('close', (code) => {
            const wallMs = performance.now() - t0;
            if (timer) clearInterval(timer);
            // /usr/bin/time reports the largest single process; worker threads share it, so that is the whole run.
            const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
            if (m) peakKb = Number(m[1]);
            const user = /User time \(seconds\): ([\d.]+)/.exec(err);
            const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
            const cpuSeconds = user && sys ? Number(user[1]) + Number(sys[1]) : undefined;
            done({ code, wallMs, peakKb, cpuSeconds, outputBytes: out, stderr: err });
        });
    });
}

export async function run() {
    if (!existsSync(join(root, 'dist', 'aspl.mjs'))) throw new Error('build first: npm run build');
    const gen = generate();
    const loadBefore = loadavg()[0];
    const r = await runCli(['check', 'bench/tmp', '--format', 'json']);
    if (r.code !== 0 && r.code !== 1) throw new Error(`aspl check exited ${r.code}: ${r.stderr.split('\n').slice(-5).join('\n')}`);
    const figures = {
        files: gen.files,
        lines: gen.lines,
        megabytes: +(gen.bytes / 2 ** 20).toFixed(2),
        wallSeconds: +(r.wallMs / 1000).toFixed(2),
        peakRssMB: +(r.peakKb / 1024).toFixed(0),
        // CPU time of the whole run (all threads): comparable even when other work shares the cores
        ...(r.cpuSeconds !== undefined ? { cpuSeconds: +r.cpuSeconds.toFixed(2) } : {}),
        cores: availableParallelism(),
        loadAverageBefore: +loadBefore.toFixed(2),
        exitCode: r.code,
        jsonOutputMB: +(r.outputBytes / 2 ** 20).toFixed(2),
        memory: existsSync('/usr/bin/time') ? '/usr/bin/time -v maximum resident set size' : 'polled /proc VmRSS of the process tree',
        targets: { wallSeconds: 5, peakRssMB: 400 },
    };
    rmSync(tmp, { recursive: true, force: true });
    return { name: 'cli', figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    if (process.argv[2] === '--generate') console.log(generate());
    else console.log(JSON.stringify(await run(), null, 2));
}
