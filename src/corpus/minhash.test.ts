import { describe, expect, it } from 'vitest';
import { candidatePairs, jaccard, shingles, signature, similarity } from './minhash.js';

const A = '建设内容包括医保基金智能监管子系统、医疗服务价格监测平台和药品集中采购分析系统，统一部署在政务云。';
const B = '建设内容包括医保基金智能监管子系统、医疗服务价格监测平台和药品集中采购分析系统，统一部署于政务云。';
const C = '建设内容包括水利工程运行调度平台、河湖长制信息系统和防汛抗旱指挥决策系统，依托水利专网运行。';

describe('MinHash', () => {
  it('estimates the Jaccard similarity of the shingle sets within a few hundredths', () => {
    for (const [x, y] of [[A, B], [A, C], [B, C]] as const) {
      const [sx, sy] = [shingles(x), shingles(y)];
      expect(Math.abs(similarity(signature(sx)!, signature(sy)!) - jaccard(sx, sy))).toBeLessThan(0.12);
    }
    expect(similarity(signature(shingles(A))!, signature(shingles(A))!)).toBe(1);
  });

  it('LSH pairs the near-duplicates and not the unrelated, among many', () => {
    const texts = [A, C, ...Array.from({ length: 200 }, (_, i) => `第${i}号项目建设${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[i % 12]}系统和${i * 7919}号平台`), B];
    const pairs = candidatePairs(texts.map((t) => signature(shingles(t)))).filter(([i, j]) => similarity(signature(shingles(texts[i]!))!, signature(shingles(texts[j]!))!) >= 0.6);
    expect(pairs).toEqual([[0, texts.length - 1]]);
  });

  it('an empty text has no signature and is never a candidate', () => {
    expect(signature(new Set())).toBeNull();
    expect(candidatePairs([null, null])).toEqual([]);
  });
});
