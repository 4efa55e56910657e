/**
 * What the starter policy is written for (`aspl init`, the editor's "New policy" wizard): the product
 * types and sales channels to choose from, and the file name for a company. Plain data, so the
 * extension's wizard imports it without the language.
 */

export type ProductType = 'appliance' | 'furniture' | 'electronics' | 'cable' | 'telecom' | 'vehicle' | 'other';
export type SalesChannel = 'online' | 'offline' | 'contract';

export interface TemplateOptions {
    company: string;
    product: ProductType;
    /** Custom-made goods (made to measure): T/CGCC applies and the no-reason window excludes them. */
    custom?: boolean;
    channels: SalesChannel[];
    keywords: 'zh' | 'en';
    /** YYYY-MM-DD; today when absent. */
    effective?: string;
    /**
     * The company's own facts, when the writer gives them (`aspl init --license …`, the wizard).
     * Each one left out is written as a TODO placeholder, which the check reports as an error
     * until it is filled in: a placeholder must never reach the customer notice.
     */
    facts?: StarterFacts;
}

export interface StarterFacts {
    /** 统一社会信用代码 */
    license?: string;
    /** 经营范围 */
    scope?: string;
    /** Registered address; also the service outlet's and the store channel's address. */
    address?: string;
    /** The service hotline's number. */
    phone?: string;
    /** The service mailbox. */
    email?: string;
}

/** The facts a starter asks for, in the order the wizard asks them (one list for `init`'s options and the wizard). */
export const STARTER_FACTS = ['license', 'scope', 'address', 'phone', 'email'] as const satisfies ReadonlyArray<keyof StarterFacts>;

/** The starter facts among any answers (CLI options, a request from the editor): only the named ones, only strings. */
export function pickFacts(answers: object | undefined): StarterFacts {
    const facts: StarterFacts = {};
    for (const name of STARTER_FACTS) {
        const value = (answers as Partial<Record<string, unknown>> | undefined)?.[name];
        if (typeof value === 'string') facts[name] = value;
    }
    return facts;
}

export const PRODUCT_TYPES: Array<{ id: ProductType; zh: string; en: string; word: { zh: string; en: string }; custom?: boolean }> = [
    { id: 'appliance', zh: '家用电器', en: 'Household appliances', word: { zh: '家电', en: 'appliance' } },
    { id: 'furniture', zh: '定制家具', en: 'Custom furniture', word: { zh: '家具', en: 'furniture' }, custom: true },
    { id: 'electronics', zh: '电子产品', en: 'Consumer electronics', word: { zh: '电子产品', en: 'electronics' } },
    { id: 'cable', zh: '电线电缆', en: 'Wires and cables', word: { zh: '电缆', en: 'cable' } },
    { id: 'telecom', zh: '通信设备', en: 'Telecom equipment', word: { zh: '通信设备', en: 'telecom' } },
    { id: 'vehicle', zh: '家用汽车', en: 'Passenger cars', word: { zh: '汽车', en: 'vehicle' } },
    { id: 'other', zh: '其他商品', en: 'Other goods', word: { zh: '其他', en: 'other' } },
];

export const SALES_CHANNELS: Array<{ id: SalesChannel; zh: string; en: string; word: { zh: string; en: string } }> = [
    { id: 'online', zh: '线上（网店、小程序、电视购物）', en: 'Online (web shop, app, TV shopping)', word: { zh: '网店', en: 'online' } },
    { id: 'offline', zh: '线下门店', en: 'Stores', word: { zh: '门店', en: 'offline' } },
    { id: 'contract', zh: '合同 / 项目（企业客户）', en: 'Contracts / projects (business buyers)', word: { zh: '合同', en: 'contract' } },
];

/** A string literal in ASPL: "…" with backslash escapes. */
export function aspString(s: string): string {
    return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/** A file name from a company name: Latin letters and digits kept, CJK kept, the rest dashes. */
export function fileNameFor(company: string): string {
    const base = company.trim().replace(/[（(].*?[)）]/g, '').replace(/(股份)?有限(责任)?公司$/, '')
        .replace(/[^A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
    return `${base || 'policy'}.aspl`;
}

