import type { Sector } from '@pathboard/scoring';

/** The demo district's streets and the sector mix of their branches (20 each, 80 in all). */
export const DEMO_STREETS: { code: string; name: string; sectors: Partial<Record<Sector, number>> }[] = [
  { code: 'DC', name: '东城街道', sectors: { COMMUNITY: 8, ORGAN: 3, SOE: 2, INSTITUTION: 3, NEW_ORG: 4 } },
  { code: 'XH', name: '西湖街道', sectors: { COMMUNITY: 7, ORGAN: 3, SOE: 3, INSTITUTION: 3, NEW_ORG: 4 } },
  { code: 'NS', name: '南山镇', sectors: { RURAL: 12, COMMUNITY: 2, ORGAN: 2, INSTITUTION: 2, NEW_ORG: 2 } },
  {
    code: 'BY',
    name: '北苑街道',
    sectors: { COMMUNITY: 6, RURAL: 4, ORGAN: 3, SOE: 2, INSTITUTION: 2, NEW_ORG: 3 },
  },
];

const COMMUNITY = [
  '安居',
  '和平',
  '幸福',
  '春晖',
  '桂园',
  '锦绣',
  '翠苑',
  '阳光',
  '康乐',
  '清河',
  '文华',
  '新华',
  '朝阳',
  '明珠',
  '丽景',
  '书香',
  '金桥',
  '滨江',
  '银杏',
  '紫荆',
  '望湖',
  '柳岸',
  '碧水',
  '龙泉',
  '云栖',
  '长乐',
  '永安',
  '福寿',
  '嘉禾',
  '润园',
];
const RURAL = [
  '石桥',
  '柳林',
  '桃源',
  '杏花',
  '李家庄',
  '王家湾',
  '青山',
  '白沙',
  '红旗',
  '前进',
  '东岭',
  '西坡',
  '南岗',
  '北塘',
  '马家寨',
  '黄土坡',
  '竹园',
  '梅岭',
  '张家坪',
  '双河',
  '枫树湾',
  '大栗园',
];
const ORGAN = [
  '区财政局机关党支部',
  '区教育局机关党支部',
  '区卫生健康委机关党支部',
  '区民政局机关党支部',
  '区人力资源和社会保障局机关党支部',
  '区住房和城乡建设局机关党支部',
  '区市场监督管理局机关党支部',
  '区司法局机关党支部',
  '区文化和旅游局机关党支部',
  '区农业农村局机关党支部',
  '区统计局机关党支部',
  '区应急管理局机关党支部',
];
const SOE = [
  '区城市建设投资集团有限公司党支部',
  '区水务发展有限公司党支部',
  '区公共交通有限公司党支部',
  '区国有资产经营有限公司党支部',
  '区供销合作发展有限公司党支部',
  '区文化旅游发展有限公司党支部',
  '区热力有限公司党支部',
  '区农业发展投资有限公司党支部',
];
const INSTITUTION = [
  '第一实验小学党支部',
  '东城小学党支部',
  '西湖小学党支部',
  '南山中心小学党支部',
  '区第三中学党支部',
  '区图书馆党支部',
  '区人民医院第二党支部',
  '区疾病预防控制中心党支部',
  '区社区卫生服务中心党支部',
  '区职业技术学校党支部',
];
const NEW_ORG = [
  '华信科技有限公司党支部',
  '智联网络科技有限公司党支部',
  '恒达物流有限公司党支部',
  '温州商会党支部',
  '福建商会党支部',
  '餐饮行业商会党支部',
  '明德律师事务所党支部',
  '新锐电子商务有限公司党支部',
  '青禾物业服务有限公司党支部',
  '汽车维修行业商会党支部',
  '众创空间联合党支部',
  '瑞丰食品有限公司党支部',
  '天元建筑设计有限公司党支部',
  '宏图会计师事务所党支部',
];

/** Member counts by sector: a village or community branch is larger than a company's. */
export const MEMBER_RANGE: Record<Sector, [number, number]> = {
  COMMUNITY: [25, 85],
  RURAL: [20, 75],
  ORGAN: [8, 32],
  SOE: [15, 60],
  INSTITUTION: [10, 45],
  NEW_ORG: [3, 15],
};

/**
 * Hands out unique, realistic branch names per sector; past the curated lists it numbers them
 * (第二…), which only the large synthetic districts reach.
 */
export class BranchNamer {
  private readonly used = new Map<Sector, number>();

  next(sector: Sector, streetName: string): string {
    const n = this.used.get(sector) ?? 0;
    this.used.set(sector, n + 1);
    const pool = { COMMUNITY, RURAL, ORGAN, SOE, INSTITUTION, NEW_ORG }[sector];
    const round = Math.floor(n / pool.length);
    const base = pool[n % pool.length];
    const suffix = round === 0 ? '' : `${round + 1}`;
    switch (sector) {
      case 'COMMUNITY':
        return `${base}${suffix}社区党支部`;
      case 'RURAL':
        return `${base}${suffix}村党支部`;
      case 'ORGAN':
        return round === 0
          ? base
          : `${streetName}${base.replace(/^区/, '').replace('党支部', `第${round + 1}党支部`)}`;
      default:
        return round === 0 ? base : base.replace('党支部', `第${round + 1}党支部`);
    }
  }
}
