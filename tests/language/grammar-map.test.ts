/**
 * The grammar ↔ model map (parse/grammar-map.ts): what it reads from the grammar agrees with the
 * model, and the facts the hand-kept copies had let drift now hold (a repeated `arrive`, an unknown
 * start word of a performance fault).
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { MODEL_SHAPE } from '../../server/src/model/generated/shape.js';
import {
    MEMBER_ORDER, MODEL_PATH_OF_TYPE, REPEATABLE_MEMBERS, SINGLE_FIELDS, TYPE_OF_TOP, headKeyword, keywords, memberOfHeadKeyword,
} from '../../server/src/parse/grammar-map.js';

const analyzer = new Analyzer({ lang: 'en' });
const problems = async (text: string) => (await analyzer.analyzeText(text, '/grammar-map/policy.aspl')).problems
    .map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.code}`);

describe('grammar map', () => {
    it('keyword pairs come from the grammar, per rule', () => {
        expect(keywords('zh', 'Escalation', 'escalate', 'after')).toBe('升级 超过');
        expect(keywords('en', 'Escalation', 'escalate', 'after')).toBe('escalate after');
        // the optional filler `within` is written after the number in Chinese (`2小时内`)
        expect(keywords('zh', 'Service', 'respond', 'within')).toBe('响应');
        // `agreement` is 协议 as a policy member and 合作协议 among suppliers
        expect(keywords('zh', 'Agreement', 'agreement')).toBe('协议');
        expect(keywords('zh', 'Suppliers', 'agreement')).toBe('合作协议');
        expect(() => keywords('zh', 'Version', 'respond')).toThrow(/no Chinese spelling/);
        expect(headKeyword('Crisis', 'zh')).toBe('危机预案');
        expect(memberOfHeadKeyword().get('危机预案')).toBe('Crisis');
    });

    it('members: the grammar\'s order, each with a model field; repeatable exactly where the model holds a list', () => {
        expect(MEMBER_ORDER.slice(0, 4)).toEqual(['Version', 'Effective', 'Provider', 'Network']);
        for (const t of MEMBER_ORDER) {
            const field = MODEL_PATH_OF_TYPE[t]!;
            expect(MODEL_SHAPE.PolicyModel[field], t).toBeDefined();
            expect(TYPE_OF_TOP[field]).toBe(t);
            expect(REPEATABLE_MEMBERS.has(t), t).toBe(MODEL_SHAPE.PolicyModel[field].list === true);
        }
    });

    it('single fields are read from the grammar (the hand list had missed arrive, exempt, performance-fault …)', async () => {
        expect(SINGLE_FIELDS.Service).toEqual(['respond', 'arrive', 'resolve', 'escalation', 'loaner', 'area', 'record']);
        expect(SINGLE_FIELDS.Returns).toEqual(['noReason', 'exchange', 'defectReturn', 'refund', 'performanceFault', 'failedRepairs', 'carRepairLimit', 'usageCompensation']);
        expect(await problems('policy P {\n  service repair {\n    arrive within 4 hours\n    arrive within 8 hours\n  }\n}\n'))
            .toEqual(['3:19 warning duplicate-field']);
    });

    it('every vocabulary property is checked, a performance fault\'s start word too', async () => {
        expect(await problems('policy P {\n  returns {\n    performance-fault return 7 days from sunrise\n  }\n}\n'))
            .toEqual(['3:42 error unknown-word']);
    });
});
