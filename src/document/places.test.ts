import { describe, expect, it } from 'vitest';
import { divisionNamed, placesIn } from './places.js';

describe('places in text', () => {
  it('finds GB/T 2260 names in text, the longest where they overlap, not generic words', () => {
    expect(placesIn('江苏省淮安市盱眙县与黑龙江省哈尔滨市；建设新城区', '32').map((p) => p.name)).toEqual(['江苏省', '淮安市', '盱眙县', '黑龙江省', '哈尔滨市']);
    expect(placesIn('南县、城区、本市和全省', '43').map((p) => p.name)).toEqual([]);
    // Counties are those of the jurisdiction's own province.
    expect(placesIn('盱眙县', '22').map((p) => p.name)).toEqual([]);
  });

  it('names the most specific division a place lies in: a city in a province, a county in its city or itself', () => {
    const divisions = ['220000', '511900', '320831', '141023', '320106'];
    expect(divisionNamed('长春市政务服务和数字化建设管理局', divisions)).toEqual({ division: '220000', place: '长春市' });
    expect(divisionNamed('通江县医疗保障局', divisions)).toEqual({ division: '511900', place: '通江县' });
    expect(divisionNamed('金湖县数据局', divisions)).toEqual({ division: '320831', place: '金湖县' });
    expect(divisionNamed('临汾市襄汾县行政审批服务管理局', divisions)).toEqual({ division: '141023', place: '襄汾县' });
    expect(divisionNamed('南京市鼓楼区数据局', divisions)).toEqual({ division: '320106', place: '鼓楼区' });
    expect(divisionNamed('徐州市鼓楼区数据局', divisions)).toBeNull();
    // 淮安市 holds 金湖县 but is not in it; 南京市 holds 鼓楼区: neither names a division of the list.
    expect(divisionNamed('淮安市数据局', divisions)).toBeNull();
    expect(divisionNamed('成都市大数据中心', divisions)).toBeNull();
  });
});
