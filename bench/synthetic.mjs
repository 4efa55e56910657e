// Synthetic policies of a given size, shared by the benches (and the CLI bench).
export function syntheticPolicy(lines, name = 'Synthetic') {
    const out = [
        `policy ${name} "合成政策" {`,
        '  version "bench"',
        '  effective 2026-01-01',
        '  provider "基准测试有限公司" { licence "91310000000000000X" scope "家电销售与维修" address "上海市" }',
        '  applies GBT-AS-GENERAL, CN-CONSUMER-LAW',
        '  products { category "家电" sold online buyers consumers kind appliance }',
    ];
    let i = 0;
    while (out.length < lines - 12) {
        out.push(`  channel c${i} phone "400-000-${String(i).padStart(4, '0')}" hours 08:00-22:00 daily`);
        out.push(`  service repair "维修${i}" paid {`);
        out.push(`    via c${i}, c${Math.max(0, i - 1)}`);
        out.push('    respond within 4 hours');
        out.push('    resolve within 3 working days');
        out.push('    steps acceptance, handling, reply, archiving');
        out.push('  }');
        out.push(`  fee f${i} "上门费${i}" 50 CNY per visit disclosed-before-service`);
        i++;
    }
    out.push('  returns {', '    no-reason 7 days from receipt except custom', '    refund within 5 days', '    shipping defect paid-by seller', '  }');
    out.push('  payment cash, card, online');
    out.push('}');
    return out.join('\n') + '\n';
}
