// A generated policy of a given size, for the language-server benchmark and tests.

/** A valid policy of about `lines` lines: channels, services using them, fees, the usual blocks. */
export function generatePolicy(lines) {
    const out = ['// generated for the edit-session benchmark', 'policy Bench "Generated policy" {', '  version "1.0"', '  effective 2026-01-01', '  applies GBT-AS-GENERAL', ''];
    const kinds = ['phone', 'online', 'email', 'sms', 'onsite'];
    const services = ['consultation', 'complaint', 'installation', 'repair', 'maintenance'];
    const channels = Math.max(5, Math.floor(lines / 40));
    for (let i = 0; i < channels; i++) out.push(`  channel ch${i} ${kinds[i % kinds.length]} "400-000-${String(i).padStart(4, '0')}" hours 08:00-20:00 daily`);
    out.push('');
    let s = 0;
    const tail = 40;
    while (out.length < lines - tail) {
        out.push(
            `  service ${services[s % services.length]} "Service number ${s}" free {`,
            `    via ch${s % channels}, ch${(s + 1) % channels}`,
            `    respond within ${1 + (s % 4)} hours`,
            `    resolve within ${2 + (s % 3)} days`,
            '  }',
        );
        s++;
    }
    out.push(
        '  fee visit "Call-out fee" 50 CNY per visit disclosed-before-service',
        '  warranty from delivery {', '    cover "Whole product" 2 years', '    spare-parts kept 5 years', '  }',
        '  returns {', '    no-reason 7 days from receipt', '    refund within 5 days original-method', '    shipping defect paid-by seller', '  }',
        '  payment cash, online',
        '  privacy {', '    purpose "After-sales service only"', '    retention 2 years', '  }',
        '  satisfaction {', '    survey questionnaire', '    every 3 months', '  }',
        '  staff {', '    manager "Li Ming" certified', '    training every 6 months', '    headcount 20', '  }',
        '  follow-up within 48 hours via ch0',
        '}',
    );
    return out.join('\n') + '\n';
}

